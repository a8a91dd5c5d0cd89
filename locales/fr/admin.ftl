## Admin frame

admin-product = Passkey Guide
admin-nav = Locataire
admin-sign-out = Se déconnecter
admin-settings = Paramètres
admin-dashboard = Tableau de bord
admin-emails = E-mails
admin-tokens = Jetons et liens

## Sign-in

admin-sign-in-title = Connectez-vous pour gérer votre guide
admin-email = Adresse e-mail
admin-password = Mot de passe
admin-sign-in = Se connecter
admin-wrong-credentials = Cette adresse e-mail et ce mot de passe ne correspondent à aucun administrateur.
admin-too-many-attempts = Trop de tentatives infructueuses. Patientez 15 minutes, puis réessayez.
admin-sign-in-expired = Ce formulaire de connexion a expiré ou provient d’un autre site. Reconnectez-vous ici.

## Tenants

admin-tenants-title = Vos guides
admin-open-guide = Ouvrir le guide
admin-create-tenant = Ajouter une organisation
admin-slug = Adresse (la partie après la barre oblique)
admin-slug-hint = De 2 à 40 caractères : lettres minuscules, chiffres et traits d’union, par exemple « contoso ».
admin-name = Nom de l’organisation
admin-create = Créer
admin-error-slug = Cette adresse ne peut pas être utilisée : utilisez de 2 à 40 lettres minuscules, chiffres et traits d’union, et pas un mot réservé comme « admin » ou « api ».
admin-error-slug-taken = Une autre organisation utilise déjà cette adresse.

## Settings

admin-settings-title = Image de marque et stratégie
admin-saved = Enregistré. Le guide affiche désormais vos modifications.
admin-color-adjusted = Votre couleur { $chosen } est trop claire pour que le texte et les boutons restent lisibles ; le guide utilise donc { $used }, la couleur la plus proche qui respecte WCAG AA.
admin-fix-errors = Certaines valeurs doivent être corrigées ; elles sont signalées ci-dessous. Rien n’a été enregistré.
admin-read-only = Vous pouvez consulter ces paramètres, mais pas les modifier.
admin-branding = Image de marque
admin-primary-color = Couleur de la marque
admin-pick-color = Choisir la couleur de la marque
admin-color-hint = Au format #RRGGBB. Une couleur trop claire pour le texte est assombrie jusqu’à la couleur la plus proche qui respecte WCAG AA.
admin-support = Contact du support
admin-support-email = E-mail du support
admin-support-phone = Téléphone du support
admin-support-url = Page web du support
admin-languages = Langues
admin-default-language = Langue par défaut
admin-address = Adresses
admin-handoff-url = Où vos employés enregistrent leur clé d’accès
admin-handoff-hint = L’une des pages « Informations de sécurité » de Microsoft, comme https://aka.ms/mysecurityinfo. Aucune autre adresse n’est acceptée.
admin-domain = Votre propre domaine (facultatif)
admin-domain-hint = Par exemple passkeys.contoso.com. Faites-le pointer vers ce serveur : le guide y répondra à l’adresse « / ».
admin-policy = Stratégie de clés d’accès
admin-policy-hint = Reprenez vos paramètres « Passkey (FIDO2) » d’Entra ID, pour que le guide ne propose jamais une clé d’accès qu’Entra refusera.
admin-policy-synced = Clés d’accès synchronisées autorisées (trousseau iCloud, Gestionnaire de mots de passe de Google) en plus de celles liées à un appareil
admin-policy-device-bound = Uniquement des clés d’accès liées à un appareil (Microsoft Authenticator, clés de sécurité, Windows Hello)
admin-policy-synced-only = Uniquement des clés d’accès synchronisées (trousseau iCloud, Gestionnaire de mots de passe de Google)
admin-policy-attestation = Attestation appliquée
admin-policy-keys = Restrictions de clés
admin-policy-keys-off = Aucune
admin-policy-keys-allow = Autoriser uniquement les AAGUID ci-dessous
admin-policy-keys-block = Bloquer les AAGUID ci-dessous
admin-policy-aaguids = AAGUID
admin-policy-aaguids-hint = Un par ligne, comme dans votre profil de clé d’accès Entra. Les AAGUID de Microsoft Authenticator sont 90a3ccdf-635c-4729-a248-9b709135078f (iOS) et de1e552d-db1d-4423-a619-566b625cdc84 (Android).
admin-policy-aaguid-unnamed = pas un AAGUID connu
admin-policy-windows-hello = Les clés d’accès Microsoft Entra dans Windows Hello sont activées
admin-policy-windows-hello-hint = N’activez cette option qu’après avoir ajouté dans Entra un profil de clé d’accès qui autorise les AAGUID de Windows Hello, sans attestation imposée. Sinon, l’inscription dans Windows Hello échoue, et le guide envoie les utilisateurs de Windows vers leur téléphone ou une clé de sécurité.
admin-save = Enregistrer
admin-logo = Logo
admin-current-logo = Logo actuel
admin-logo-hint = PNG, JPEG ou WebP, 256 Ko et 2048 pixels de côté au maximum. Le format SVG n’est pas accepté.
admin-upload = Téléverser
admin-remove-logo = Supprimer le logo
admin-preview = Aperçu
admin-preview-note = Voici la page d’accueil que voient vos employés. Les changements de couleur s’affichent ici dès que vous choisissez une couleur ; les autres changements, après l’enregistrement.
admin-error-name = Saisissez un nom de 1 à 80 caractères.
admin-error-color = Écrivez la couleur au format #RRGGBB, par exemple #0F6CBD.
admin-error-email = Ce n’est pas une adresse e-mail.
admin-error-phone = Utilisez uniquement des chiffres, des espaces et + - ( ) .
admin-error-support-url = Utilisez une adresse qui commence par https://.
admin-error-handoff = Seules les pages « Informations de sécurité » de Microsoft sont autorisées, comme https://aka.ms/mysecurityinfo.
admin-error-domain = Saisissez un nom d’hôte, comme passkeys.contoso.com.
admin-error-domain-taken = Une autre organisation utilise déjà ce domaine.
admin-error-domain-shared = Cet hôte sert déjà le guide de toutes les organisations (ou c’est un nom local ou une adresse IP). Utilisez un nom d’hôte qui vous est propre, comme passkeys.contoso.com.
admin-error-domain-owner-only = Seul un propriétaire qui gère toutes les organisations peut définir un domaine.
admin-error-languages = Choisissez au moins une langue, et parmi elles une langue par défaut.
admin-error-key-restriction = Pour les restrictions de clés, choisissez « Aucune », une liste d’autorisation ou une liste de blocage.
admin-error-aaguid = Chaque ligne doit contenir un seul AAGUID, comme 90a3ccdf-635c-4729-a248-9b709135078f (500 au maximum).
admin-error-allow-list-empty = Avec une liste d’autorisation sans AAGUID, personne ne pourrait inscrire de clé d’accès.
admin-error-passkey-types = Choisissez les clés d’accès liées à un appareil, les clés synchronisées, ou les deux.
admin-error-logo-size = Le logo dépasse 256 Ko.
admin-error-logo-svg = Les logos SVG ne sont pas acceptés : téléversez un fichier PNG, JPEG ou WebP.
admin-error-logo-type = Le fichier n’est pas une image PNG, JPEG ou WebP, ou il est endommagé.
admin-error-logo-pixels = Le logo dépasse 2048 pixels sur un côté.

## Emails

admin-emails-title = E-mails pour votre déploiement
admin-emails-profiles = Profils de clé d’accès
admin-emails-profiles-hint = Entra attribue à chaque groupe son profil de clé d’accès. Envoyez à chaque groupe les e-mails de son profil : leurs liens ouvrent le guide pour ce profil.
admin-emails-intro = Envoyez d’abord l’annonce, puis le rappel une semaine plus tard, et le dernier rappel au bout de deux semaines. Chacun renvoie vers le guide avec sa propre étiquette, pour que le tableau de bord indique quel e-mail a amené les gens. Copiez-les dans votre outil de messagerie, ou téléchargez un brouillon.
admin-email-announcement = Annonce
admin-email-reminder = Rappel
admin-email-final = Dernier rappel
admin-email-day = { $day ->
    [0] À envoyer le jour 1
   *[other] À envoyer le jour { $day }
}
admin-email-subject = Objet
admin-email-text = Texte brut
admin-email-html = HTML
admin-email-download = Télécharger comme brouillon (.eml)
admin-copy = Copier

## Tokens

admin-tokens-title = Jetons et liens
admin-tokens-intro = Les jetons d’API en lecture seule permettent à des scripts de lire l’entonnoir et la couverture de ce guide. Les liens de tableau de bord ouvrent ce tableau de bord dans n’importe quel navigateur sans compte, avec des chiffres seulement et jamais de noms. Les deux ne valent que pour cette organisation, jusqu’à ce que vous les révoquiez.
admin-tokens-none = Aucun jeton ni lien pour l’instant.
admin-token-once = Copiez ce jeton maintenant : il ne s’affiche qu’une seule fois.
admin-token = Nouveau jeton
admin-token-label = Libellé
admin-token-create = Créer
admin-token-live = Actif
admin-token-revoked = Révoqué
admin-revoke = Révoquer
admin-created = Créé le
admin-status = État
admin-actions = Actions

## Dashboard

admin-dashboard-title = Tableau de bord du déploiement
admin-from = Du
admin-to = Au
admin-device = Appareil
admin-flow = Méthode
admin-language = Langue
admin-campaign = Campagne
admin-all = Tous
admin-apply = Appliquer
admin-funnel = Entonnoir
admin-funnel-alt = Graphique à barres du nombre de personnes à chaque étape de l’entonnoir
admin-stage = Étape
admin-stage-visit = Ont ouvert le guide
admin-stage-step = Ont commencé les étapes
admin-stage-handoff = Sont allés sur Microsoft
admin-stage-done = Ont confirmé avoir terminé
admin-people = Personnes
admin-of-visits = Part de ceux qui ont ouvert le guide
admin-bots = { $count ->
    [one] Une requête provenant d’un robot ou d’un analyseur de liens a été exclue.
   *[other] { $count } requêtes provenant de robots et d’analyseurs de liens ont été exclues.
}
admin-csv = Télécharger au format CSV
admin-trend = Par jour
admin-trend-alt = Graphique linéaire du nombre de personnes qui ouvrent le guide et qui confirment avoir terminé, par jour
admin-day = Jour
admin-devices = Appareils
admin-completion = Terminé
admin-steps = Étapes atteintes
admin-step = Étape
admin-stuck = Où les gens bloquent
admin-symptom = Problème
admin-reports = Signalements
admin-campaigns = Campagnes
admin-no-campaign = (sans étiquette)
admin-coverage = Couverture des clés d’accès (Entra ID)
admin-coverage-text = { $with } personnes sur { $total } ({ $share }) ont une clé d’accès, d’après le rapport d’inscription importé le { $imported }. Le rapport peut avoir quelques heures de retard.
admin-coverage-alt = Barre de couverture par rapport à l’objectif d’adoption de 50 % et au seuil de 95 %
admin-stragglers = Télécharger les personnes sans clé d’accès (CSV) pour le prochain rappel
admin-coverage-trend = Couverture par importation
admin-imported = Importé le
admin-share = Part
admin-token-kind = Type
admin-token-kind-api = Jeton d’API
admin-token-kind-share = Lien de tableau de bord en lecture seule
admin-share-once = Copiez ce lien maintenant : il n’est affiché qu’une fois. Toute personne qui l’a voit les chiffres de ce tableau de bord (jamais de noms) jusqu’à sa révocation.
admin-shared-note = Une vue en lecture seule du déploiement des clés d’accès chez { $tenant }, partagée par son équipe informatique. Elle ne montre que des chiffres, jamais de noms.
admin-recipients = Destinataires
admin-recipients-title = Liens personnels
admin-recipients-intro = Donnez à chaque personne son propre lien vers le guide, puis voyez qui ne l’a jamais ouvert, qui l’a ouvert sans avoir encore de clé d’accès, qui est bloqué et qui est inscrit, et n’envoyez la prochaine relance qu’à ceux qui en ont besoin.
admin-recipients-on = Les liens personnels sont activés : les visites par un lien personnel sont attribuées à la personne.
admin-recipients-off = Les liens personnels sont désactivés : le guide compte les personnes sans savoir qui elles sont.
admin-recipients-turn-on = Activer les liens personnels
admin-recipients-turn-off = Désactiver les liens personnels
admin-recipients-file = Liste des personnes (CSV)
admin-recipients-file-hint = Une ligne d’en-tête, puis une personne par ligne : une colonne d’adresse (e-mail ou userPrincipalName), et éventuellement un nom et une vague. Les personnes déjà sur la liste gardent leur lien.
admin-recipients-import = Importer la liste
admin-recipients-merge = Publipostage
admin-recipients-merge-intro = Chaque personne avec son propre lien, pour votre publipostage. Les liens fonctionnent une fois les liens personnels activés.
admin-recipients-merge-announcement = Publipostage pour l’annonce
admin-recipients-merge-reminder = Publipostage pour la relance
admin-recipients-merge-final = Publipostage pour le dernier rappel
admin-recipients-segments = Segments
admin-recipients-no-report = Importez le rapport d’inscription des utilisateurs d’Entra pour reconnaître les personnes inscrites ; d’ici là, personne n’est compté comme inscrit.
admin-recipients-count = { $count } personnes sur la liste
admin-recipients-segment = Segment
admin-recipients-people = Personnes
admin-download-csv = Télécharger le CSV
admin-segment-never-opened = Jamais ouvert
admin-segment-opened-not-registered = Ouvert, pas encore de clé d’accès
admin-segment-stuck = Bloqué
admin-segment-registered = Inscrit
admin-recipients-refused = Rien n’a été importé : { $reason }
admin-recipients-imported = { $count } personnes importées, dont { $added } nouvelles.
readiness-heading = Entra est-il prêt ?
readiness-intro = D’après la dernière configuration Entra lue via Microsoft Graph et le rapport d’inscription le plus récent.
readiness-fetched = Lu dans Entra le { $when }.
readiness-status-ok = Prêt
readiness-status-fail = Action requise
readiness-status-unknown = Inconnu pour l’instant
readiness-not-read = Pas encore lu : connectez Microsoft Graph avec l’autorisation Policy.Read.All et lancez une récupération (passkey-guide entra fetch --config-only).
readiness-no-report = Pas encore de rapport d’inscription : importez-en un ou récupérez-le depuis Microsoft Graph.
readiness-passkeys-enabled = Passkey (FIDO2) est activé
readiness-passkeys-enabled-ok = Passkey (FIDO2) est activé dans la stratégie des méthodes d’authentification.
readiness-passkeys-enabled-fail = Passkey (FIDO2) est désactivé : personne ne peut ajouter de clé d’accès, et « Informations de sécurité » n’en propose aucune. Activez-le dans le Centre d’administration Microsoft Entra : Entra ID > Méthodes d’authentification > Stratégies > Passkey (FIDO2) > Enable and target (Activer et cibler).
readiness-self-service-registration = La configuration en libre-service est autorisée
readiness-self-service-registration-ok = Les employés peuvent ajouter eux-mêmes une clé d’accès dans « Informations de sécurité ».
readiness-self-service-registration-fail = « Allow self-service set up » (Autoriser la configuration en libre-service) est sur « Non » : les employés ne peuvent pas ajouter de clé d’accès dans « Informations de sécurité », même si Passkey (FIDO2) est activé, et chaque parcours du guide se termine par une erreur. Réglez-le sur « Oui » dans Entra ID > Méthodes d’authentification > Stratégies > Passkey (FIDO2) > Configurer.
readiness-authenticator-allowed = Microsoft Authenticator est autorisé
readiness-authenticator-allowed-ok = Chaque profil de clé d’accès avec des clés liées à un appareil accepte les clés d’accès de Microsoft Authenticator.
readiness-authenticator-allowed-fail = Les restrictions de clés de { $profiles } excluent Microsoft Authenticator (90a3ccdf-635c-4729-a248-9b709135078f sur iOS, de1e552d-db1d-4423-a619-566b625cdc84 sur Android) : les personnes couvertes par ces profils ne peuvent pas enregistrer de clé d’accès dans Authenticator. Ajoutez les deux AAGUID dans Entra ID > Méthodes d’authentification > Stratégies > Passkey (FIDO2) > Configurer, dans les restrictions de clés de chaque profil.
readiness-registration-campaign = La campagne d’inscription demande des clés d’accès
readiness-registration-campaign-ok = La campagne d’inscription est activée et invite les personnes à configurer une clé d’accès ou Microsoft Authenticator lors de la connexion.
readiness-registration-campaign-fail = La campagne d’inscription est désactivée ou demande une autre méthode : personne ne reçoit de rappel à la connexion. Réglez-la sur « Géré par Microsoft », ou sur « Activé » avec « Passkey » (clé d’accès) ou « Microsoft Authenticator », dans Entra ID > Méthodes d’authentification > Campagne d’inscription.
readiness-temporary-access-pass = Temporary Access Pass est activé
readiness-temporary-access-pass-ok = Le support peut remettre un Temporary Access Pass aux personnes qui n’ont pas d’autre moyen fort de se connecter.
readiness-temporary-access-pass-fail = Temporary Access Pass est désactivé : les personnes sans Microsoft Authenticator ni autre méthode forte ne peuvent pas se connecter à « Informations de sécurité » pour ajouter leur première clé d’accès. Activez-le dans Entra ID > Méthodes d’authentification > Stratégies > Temporary Access Pass.
readiness-coverage-majority = Plus de la moitié ont une clé d’accès
readiness-coverage-majority-ok = { $share } des personnes concernées ont une clé d’accès : au-delà du seuil de 50 %.
readiness-coverage-majority-fail = Seulement { $share } des personnes concernées ont une clé d’accès : en dessous du seuil de 50 %. Le tableau de bord indique qui a encore besoin d’un rappel.
readiness-summary = Prêt dans Entra : { $ready } vérifications sur { $total }
