# Walkthrough texts. Every id here is named by the data in src/guide/catalog.rs:
#   flow-{flow}-title, flow-{flow}-summary
#   flow-{flow}-{step}-title, flow-{flow}-{step}-body
#   stuck-{flow}-{step}-{problem} (the symptom) and stuck-{flow}-{step}-{problem}-fix
# The only variable is { $company }, the organisation's name.

## iphone-authenticator

flow-iphone-authenticator-title = iPhone avec Microsoft Authenticator
flow-iphone-authenticator-title-ipad = iPad avec Microsoft Authenticator
flow-iphone-authenticator-summary = Vous obtiendrez une clé d’accès dans l’app Microsoft Authenticator sur votre iPhone, pour vous connecter avec Face ID. Comptez environ 5 minutes.
flow-iphone-authenticator-summary-ipad = Vous obtiendrez une clé d’accès dans l’app Microsoft Authenticator sur votre iPad, pour vous connecter avec Face ID ou Touch ID. Comptez environ 5 minutes.

flow-iphone-authenticator-update-title = Mettez à jour votre iPhone
flow-iphone-authenticator-update-title-ipad = Mettez à jour votre iPad
flow-iphone-authenticator-update-body = Votre iPhone doit avoir iOS 17 ou une version ultérieure. Ouvrez « Réglages » { -then } « Général » { -then } « Mise à jour logicielle » et installez les mises à jour proposées.
flow-iphone-authenticator-update-body-ipad = Votre iPad doit avoir iPadOS 17 ou une version ultérieure. Ouvrez « Réglages » { -then } « Général » { -then } « Mise à jour logicielle » et installez les mises à jour proposées.
stuck-iphone-authenticator-update-os-too-old = Mon iPhone ne peut pas passer à iOS 17
stuck-iphone-authenticator-update-os-too-old-ipad = Mon iPad ne peut pas passer à iPadOS 17
stuck-iphone-authenticator-update-os-too-old-fix = Les anciens iPhone ne peuvent pas conserver de clé d’accès dans Authenticator. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-iphone-authenticator-update-os-too-old-fix-ipad = Les anciens iPad ne peuvent pas conserver de clé d’accès dans Authenticator. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-iphone-authenticator-update-which-version = Je ne sais pas quelle version d’iOS j’ai
stuck-iphone-authenticator-update-which-version-ipad = Je ne sais pas quelle version d’iPadOS j’ai
stuck-iphone-authenticator-update-which-version-fix = Ouvrez « Réglages » { -then } « Général » { -then } « Informations » et regardez « Version d’iOS ».
stuck-iphone-authenticator-update-which-version-fix-ipad = Ouvrez « Réglages » { -then } « Général » { -then } « Informations » et regardez « Version d’iPadOS ».

flow-iphone-authenticator-install-authenticator-title = Ajoutez votre compte professionnel à Authenticator
flow-iphone-authenticator-install-authenticator-body = Installez « Microsoft Authenticator » depuis l’App Store, ouvrez l’app et passez ses premiers écrans. Appuyez sur « Ajouter un compte professionnel ou scolaire » (ou « Ajouter un compte », ou « + » { -then } « Compte professionnel ou scolaire »), puis sur « Se connecter », et connectez-vous avec votre compte professionnel { $company }. Si votre compte professionnel y figure déjà, appuyez dessus, puis sur « Créer une clé d’accès ».
stuck-iphone-authenticator-install-authenticator-account-already-added = Authenticator affiche déjà mon compte professionnel
stuck-iphone-authenticator-install-authenticator-account-already-added-fix = Appuyez sur votre compte professionnel, puis sur « Créer une clé d’accès », et passez à l’étape suivante.
stuck-iphone-authenticator-install-authenticator-cant-sign-in = Authenticator me demande de prouver mon identité et je n’y arrive pas
stuck-iphone-authenticator-install-authenticator-cant-sign-in-fix = Demandez un passe d’accès temporaire au service informatique de { $company }. Saisissez-le quand Authenticator le demande.
stuck-iphone-authenticator-install-authenticator-personal-account = J’ai ajouté mon compte Microsoft personnel par erreur
stuck-iphone-authenticator-install-authenticator-personal-account-fix = Appuyez sur « + » { -then } « Compte professionnel ou scolaire » et connectez-vous avec votre adresse e-mail professionnelle. Votre compte personnel peut rester.

flow-iphone-authenticator-enable-provider-title = Autorisez Authenticator à enregistrer des clés d’accès
flow-iphone-authenticator-enable-provider-body = Dans « Réglages », ouvrez « Général » { -then } « Remplissage automatique et mots de passe » (AutoFill & Passwords). Activez « Remplir automatiquement les mots de passe et les clés d’identification ». Sous « Remplir automatiquement à partir de » (AutoFill From), activez « Authenticator ». Revenez ensuite dans Authenticator.
flow-iphone-authenticator-enable-provider-body-ios17 = Dans « Réglages », ouvrez « Mots de passe » { -then } « Options des mots de passe ». Activez « Remplir automatiquement les mots de passe et les clés d’identification ». Sous « Utiliser les mots de passe et clés d’identification de » (Use Passwords and Passkeys From), activez « Authenticator ». Revenez ensuite dans Authenticator.
stuck-iphone-authenticator-enable-provider-menu-missing = Je ne trouve pas « Remplissage automatique et mots de passe »
stuck-iphone-authenticator-enable-provider-menu-missing-fix = Sur iOS 17, c’est ailleurs : « Réglages » { -then } « Mots de passe » { -then } « Options des mots de passe ». Activez « Remplir automatiquement les mots de passe et les clés d’identification » et choisissez « Authenticator » sous « Utiliser les mots de passe et clés d’identification de » (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-menu-missing-fix-ipad = Sur iPadOS 17, c’est ailleurs : « Réglages » { -then } « Mots de passe » { -then } « Options des mots de passe ». Activez « Remplir automatiquement les mots de passe et les clés d’identification » et choisissez « Authenticator » sous « Utiliser les mots de passe et clés d’identification de » (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-authenticator-not-listed = Authenticator n’est pas dans la liste
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix = Mettez à jour Microsoft Authenticator dans l’App Store, ouvrez l’app une fois, puis regardez à nouveau. Si elle n’apparaît toujours pas, redémarrez votre iPhone.
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix-ipad = Mettez à jour Microsoft Authenticator dans l’App Store, ouvrez l’app une fois, puis regardez à nouveau. Si elle n’apparaît toujours pas, redémarrez votre iPad.
stuck-iphone-authenticator-enable-provider-setting-locked = Le réglage est grisé
stuck-iphone-authenticator-enable-provider-setting-locked-fix = Votre iPhone est peut-être géré par { $company }. Contactez le service informatique et indiquez que le réglage de remplissage automatique est verrouillé.
stuck-iphone-authenticator-enable-provider-setting-locked-fix-ipad = Votre iPad est peut-être géré par { $company }. Contactez le service informatique et indiquez que le réglage de remplissage automatique est verrouillé.

flow-iphone-authenticator-open-security-info-title = Vérifiez votre clé d’accès dans « Informations de sécurité »
flow-iphone-authenticator-open-security-info-body = Ouvrez la page « Informations de sécurité » dans Safari et connectez-vous avec votre compte { $company }. Votre nouvelle clé d’accès figure dans la liste des méthodes de connexion. Revenez ensuite à ce guide et appuyez sur « J’ai terminé ».
stuck-iphone-authenticator-open-security-info-in-app-browser = La page s’est ouverte dans Outlook ou Teams
stuck-iphone-authenticator-open-security-info-in-app-browser-fix = Ouvrez-la plutôt dans Safari : utilisez l’option de l’app pour ouvrir le lien dans votre navigateur, ou saisissez vous-même aka.ms/mysecurityinfo dans Safari.
stuck-iphone-authenticator-open-security-info-no-passkey-option = Ma clé d’accès n’est pas dans la liste
stuck-iphone-authenticator-open-security-info-no-passkey-option-fix = Rechargez la page. Si elle n’y est toujours pas, vérifiez dans Authenticator que votre compte professionnel affiche « Clé d’accès » ; sinon, revenez à l’étape « Laissez Authenticator créer la clé d’accès ».
stuck-iphone-authenticator-open-security-info-sign-in-loop = On me demande sans cesse de me connecter avec une clé d’accès que je n’ai pas encore
stuck-iphone-authenticator-open-security-info-sign-in-loop-fix = Cela vient d’un paramètre côté { $company }. Contactez le service informatique, demandez un passe d’accès temporaire, puis réessayez.

flow-iphone-authenticator-create-in-app-title = Laissez Authenticator créer la clé d’accès
flow-iphone-authenticator-create-in-app-body = Authenticator crée maintenant votre clé d’accès. Répondez aux vérifications de connexion affichées. Si l’app demande un code, appuyez sur « Paramètres », définissez-en un et revenez. Quand elle demande à être activée pour les clés d’accès, appuyez sur « Paramètres » : l’étape suivante indique quoi y activer.
stuck-iphone-authenticator-create-in-app-no-create-option = Je ne vois pas « Créer une clé d’accès »
stuck-iphone-authenticator-create-in-app-no-create-option-fix = Mettez à jour Authenticator dans l’App Store et vérifiez que vous avez bien appuyé sur votre compte professionnel. Si l’option n’apparaît toujours pas, contactez le service informatique de { $company }.
stuck-iphone-authenticator-create-in-app-no-passcode = On me dit qu’il faut un code
stuck-iphone-authenticator-create-in-app-no-passcode-fix = Ouvrez « Réglages » { -then } « Face ID et code » (ou « Touch ID et code ») { -then } « Activer le code ». Revenez ensuite dans Authenticator.
stuck-iphone-authenticator-create-in-app-passkey-already-exists = On me dit qu’une clé d’accès existe déjà
stuck-iphone-authenticator-create-in-app-passkey-already-exists-fix = Dans Authenticator, appuyez sur votre compte { -then } « Paramètres » { -then } « Supprimer la clé d’accès », puis de nouveau sur « Créer une clé d’accès ». Si « Mes informations de sécurité » affiche une ancienne clé d’accès que vous n’utilisez pas, supprimez-la là aussi.
stuck-iphone-authenticator-create-in-app-registration-failed = On me dit que la clé d’accès n’a pas pu être ajoutée
stuck-iphone-authenticator-create-in-app-registration-failed-fix = Attendez une minute et réessayez : la vérification en arrière-plan est parfois surchargée. Si l’échec se répète, contactez le service informatique de { $company } en indiquant le message exact.

flow-iphone-authenticator-finish-title = Terminez dans Authenticator
flow-iphone-authenticator-finish-body = De retour dans Authenticator, appuyez sur « Terminé ». Votre compte professionnel affiche maintenant « Clé d’accès » comme méthode de connexion. Appuyez de nouveau sur « Terminé ».
stuck-iphone-authenticator-finish-passkey-not-found = Mon compte n’affiche pas « Clé d’accès »
stuck-iphone-authenticator-finish-passkey-not-found-fix = Vérifiez l’étape précédente : Authenticator doit être activé pour les clés d’accès. Appuyez ensuite de nouveau sur votre compte professionnel { -then } « Créer une clé d’accès ».
stuck-iphone-authenticator-finish-page-timed-out = Authenticator a expiré ou ma session s’est fermée
stuck-iphone-authenticator-finish-page-timed-out-fix = Rouvrez Authenticator, appuyez sur votre compte professionnel, puis sur « Créer une clé d’accès ».

## iphone-icloud

flow-iphone-icloud-title = iPhone avec le trousseau iCloud
flow-iphone-icloud-title-ipad = iPad avec le trousseau iCloud
flow-iphone-icloud-summary = Vous obtiendrez une clé d’accès enregistrée dans les mots de passe de votre iPhone (trousseau iCloud), qui fonctionne aussi sur vos autres appareils Apple. Comptez environ 3 minutes.
flow-iphone-icloud-summary-ipad = Vous obtiendrez une clé d’accès enregistrée dans les mots de passe de votre iPad (trousseau iCloud), qui fonctionne aussi sur vos autres appareils Apple. Comptez environ 3 minutes.

flow-iphone-icloud-update-title = Mettez à jour votre iPhone
flow-iphone-icloud-update-title-ipad = Mettez à jour votre iPad
flow-iphone-icloud-update-body = Votre iPhone doit avoir iOS 16 ou une version ultérieure. Ouvrez « Réglages » { -then } « Général » { -then } « Mise à jour logicielle » et installez les mises à jour proposées.
flow-iphone-icloud-update-body-ipad = Votre iPad doit avoir iPadOS 16 ou une version ultérieure. Ouvrez « Réglages » { -then } « Général » { -then } « Mise à jour logicielle » et installez les mises à jour proposées.
stuck-iphone-icloud-update-os-too-old = Mon iPhone ne peut pas passer à iOS 16
stuck-iphone-icloud-update-os-too-old-ipad = Mon iPad ne peut pas passer à iPadOS 16
stuck-iphone-icloud-update-os-too-old-fix = Cet iPhone ne peut pas conserver de clés d’accès. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-iphone-icloud-update-os-too-old-fix-ipad = Cet iPad ne peut pas conserver de clés d’accès. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-iphone-icloud-update-which-version = Je ne sais pas quelle version d’iOS j’ai
stuck-iphone-icloud-update-which-version-ipad = Je ne sais pas quelle version d’iPadOS j’ai
stuck-iphone-icloud-update-which-version-fix = Ouvrez « Réglages » { -then } « Général » { -then } « Informations » et regardez « Version d’iOS ».
stuck-iphone-icloud-update-which-version-fix-ipad = Ouvrez « Réglages » { -then } « Général » { -then } « Informations » et regardez « Version d’iPadOS ».

flow-iphone-icloud-icloud-keychain-title = Activez le trousseau iCloud
flow-iphone-icloud-icloud-keychain-body = Ouvrez « Réglages » { -then } votre nom { -then } « iCloud » { -then } « Mots de passe », puis activez « Synchroniser cet iPhone ». Sur iOS 17 ou une version antérieure, appuyez sur « Mots de passe et trousseau » au lieu de « Mots de passe ».
flow-iphone-icloud-icloud-keychain-body-ipad = Ouvrez « Réglages » { -then } votre nom { -then } « iCloud » { -then } « Mots de passe », puis activez « Synchroniser cet iPad ». Sur iPadOS 17 ou une version antérieure, appuyez sur « Mots de passe et trousseau » au lieu de « Mots de passe ».
flow-iphone-icloud-icloud-keychain-body-ios17 = Ouvrez « Réglages » { -then } votre nom { -then } « iCloud » { -then } « Mots de passe et trousseau », puis activez « Synchroniser cet iPhone ».
flow-iphone-icloud-icloud-keychain-body-ios17-ipad = Ouvrez « Réglages » { -then } votre nom { -then } « iCloud » { -then } « Mots de passe et trousseau », puis activez « Synchroniser cet iPad ».
stuck-iphone-icloud-icloud-keychain-no-apple-account = Mon iPhone n’est connecté à aucun compte Apple
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix = Appuyez sur « Se connecter à l’iPhone » (Sign in to your iPhone) en haut de « Réglages » et connectez-vous. Si vous préférez ne pas utiliser iCloud, revenez en arrière et choisissez une autre méthode.
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix-ipad = Appuyez sur « Se connecter à l’iPad » (Sign in to your iPad) en haut de « Réglages » et connectez-vous. Si vous préférez ne pas utiliser iCloud, revenez en arrière et choisissez une autre méthode.
stuck-iphone-icloud-icloud-keychain-two-factor-needed = On me dit qu’il faut l’identification à deux facteurs
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix = Ouvrez « Réglages » { -then } votre nom { -then } « Connexion et sécurité » et activez « Identification à deux facteurs ». Revenez ensuite activer « Synchroniser cet iPhone ».
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix-ipad = Ouvrez « Réglages » { -then } votre nom { -then } « Connexion et sécurité » et activez « Identification à deux facteurs ». Revenez ensuite activer « Synchroniser cet iPad ».
stuck-iphone-icloud-icloud-keychain-no-passcode = Mon iPhone n’a pas de code
stuck-iphone-icloud-icloud-keychain-no-passcode-ipad = Mon iPad n’a pas de code
stuck-iphone-icloud-icloud-keychain-no-passcode-fix = Ouvrez « Réglages » { -then } « Face ID et code » (ou « Touch ID et code ») { -then } « Activer le code ».

flow-iphone-icloud-open-security-info-title = Commencez sur « Mes informations de sécurité »
flow-iphone-icloud-open-security-info-body = Ouvrez « Mes informations de sécurité » (aka.ms/mysecurityinfo) dans Safari et connectez-vous avec votre compte { $company }. Appuyez sur « + Ajouter une méthode de connexion » { -then } « Clé d’accès », puis sur « Suivant ».
stuck-iphone-icloud-open-security-info-in-app-browser = La page s’est ouverte dans Outlook ou Teams
stuck-iphone-icloud-open-security-info-in-app-browser-fix = Souvent, une clé d’accès ne peut pas être enregistrée depuis une autre app. Utilisez l’option de l’app pour ouvrir le lien dans votre navigateur, ou saisissez vous-même aka.ms/mysecurityinfo dans Safari.
stuck-iphone-icloud-open-security-info-no-passkey-option = Je ne vois pas « Clé d’accès » dans la liste
stuck-iphone-icloud-open-security-info-no-passkey-option-fix = { $company } n’a peut-être pas encore activé les clés d’accès pour vous. Contactez le service informatique et demandez quel type de clé d’accès utiliser.
stuck-iphone-icloud-open-security-info-only-authenticator = Je ne vois que « Clé d’accès dans Microsoft Authenticator »
stuck-iphone-icloud-open-security-info-only-authenticator-fix = { $company } veut que votre clé d’accès soit dans Microsoft Authenticator. Revenez en arrière et choisissez le guide « iPhone avec Microsoft Authenticator ».
stuck-iphone-icloud-open-security-info-only-authenticator-fix-ipad = { $company } veut que votre clé d’accès soit dans Microsoft Authenticator. Revenez en arrière et choisissez le guide « iPad avec Microsoft Authenticator ».

flow-iphone-icloud-save-passkey-title = Enregistrez la clé d’accès sur votre iPhone
flow-iphone-icloud-save-passkey-title-ipad = Enregistrez la clé d’accès sur votre iPad
flow-iphone-icloud-save-passkey-body = Appuyez à nouveau sur « Suivant ». Quand votre iPhone propose d’enregistrer une clé d’accès, appuyez sur « Continuer » et confirmez avec Face ID, Touch ID ou votre code. S’il demande où l’enregistrer, choisissez « Mots de passe » (ou « Trousseau iCloud »).
flow-iphone-icloud-save-passkey-body-ipad = Appuyez à nouveau sur « Suivant ». Quand votre iPad propose d’enregistrer une clé d’accès, appuyez sur « Continuer » et confirmez avec Face ID, Touch ID ou votre code. S’il demande où l’enregistrer, choisissez « Mots de passe » (ou « Trousseau iCloud »).
stuck-iphone-icloud-save-passkey-not-allowed = On me dit que mon organisation n’autorise pas cette clé d’accès
stuck-iphone-icloud-save-passkey-not-allowed-fix = { $company } n’autorise que les clés d’accès qui restent sur un seul appareil. Revenez en arrière et choisissez le guide « iPhone avec Microsoft Authenticator ».
stuck-iphone-icloud-save-passkey-not-allowed-fix-ipad = { $company } n’autorise que les clés d’accès qui restent sur un seul appareil. Revenez en arrière et choisissez le guide « iPad avec Microsoft Authenticator ».
stuck-iphone-icloud-save-passkey-saved-elsewhere = La clé d’accès a été enregistrée dans une autre app
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix = Vérifiez « Mes informations de sécurité » : si la clé d’accès y figure, c’est terminé. Sinon, réessayez et choisissez « Mots de passe » quand votre iPhone demande où l’enregistrer.
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix-ipad = Vérifiez « Mes informations de sécurité » : si la clé d’accès y figure, c’est terminé. Sinon, réessayez et choisissez « Mots de passe » quand votre iPad demande où l’enregistrer.
stuck-iphone-icloud-save-passkey-nothing-happens = Rien ne se passe quand j’appuie sur « Suivant »
stuck-iphone-icloud-save-passkey-nothing-happens-fix = Vérifiez que la page est ouverte dans Safari et que le trousseau iCloud est activé. Recommencez ensuite à partir de « + Ajouter une méthode de connexion ».

flow-iphone-icloud-name-it-title = Nommez votre clé d’accès
flow-iphone-icloud-name-it-body = Saisissez un nom facile à reconnaître, comme « Mon iPhone », et appuyez sur « Suivant ». Appuyez ensuite sur « Terminé ». La clé d’accès figure maintenant dans votre liste de méthodes de connexion.
flow-iphone-icloud-name-it-body-ipad = Saisissez un nom facile à reconnaître, comme « Mon iPad », et appuyez sur « Suivant ». Appuyez ensuite sur « Terminé ». La clé d’accès figure maintenant dans votre liste de méthodes de connexion.
stuck-iphone-icloud-name-it-closed-too-early = J’ai fermé la page avant de la nommer
stuck-iphone-icloud-name-it-closed-too-early-fix = Ouvrez « Mes informations de sécurité ». Si la clé d’accès y figure, c’est terminé. Sinon, recommencez à partir de « + Ajouter une méthode de connexion ».

## samsung

flow-samsung-title = Samsung Galaxy avec Microsoft Authenticator
flow-samsung-summary = Vous obtiendrez une clé d’accès dans l’app Microsoft Authenticator sur votre Galaxy, pour vous connecter avec votre empreinte digitale, votre visage ou un code PIN. Comptez environ 5 minutes.

flow-samsung-update-title = Mettez à jour votre Galaxy
flow-samsung-update-body = Votre téléphone doit avoir Android 14 ou une version ultérieure. Ouvrez « Paramètres » { -then } « Mise à jour logicielle » { -then } « Télécharger et installer » et installez les mises à jour proposées.
stuck-samsung-update-os-too-old = Mon téléphone ne peut pas passer à Android 14
stuck-samsung-update-os-too-old-fix = Ce téléphone ne peut pas conserver de clé d’accès dans Authenticator. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-samsung-update-which-version = Je ne sais pas quelle version d’Android j’ai
stuck-samsung-update-which-version-fix = Ouvrez « Paramètres » { -then } « À propos du téléphone » { -then } « Informations sur le logiciel » et regardez « Version d’Android ».

flow-samsung-install-authenticator-title = Ajoutez votre compte professionnel à Authenticator
flow-samsung-install-authenticator-body = Installez « Microsoft Authenticator » depuis le Play Store, ouvrez l’app et passez ses premiers écrans. Appuyez sur « Ajouter un compte professionnel ou scolaire » (ou « Ajouter un compte », ou « + » { -then } « Compte professionnel ou scolaire »), puis sur « Se connecter », et connectez-vous avec votre compte professionnel { $company }. Si votre compte professionnel y figure déjà, appuyez dessus, puis sur « Créer une clé d’accès ».
stuck-samsung-install-authenticator-work-profile = Mon téléphone a un profil professionnel (apps avec une mallette)
stuck-samsung-install-authenticator-work-profile-fix = Une clé d’accès ne fonctionne que dans le profil où elle est enregistrée. Utilisez Authenticator dans le profil qui contient vos apps professionnelles. Si vous avez des apps professionnelles dans les deux profils, créez une clé d’accès dans chacun.
stuck-samsung-install-authenticator-account-already-added = Authenticator affiche déjà mon compte professionnel
stuck-samsung-install-authenticator-account-already-added-fix = Appuyez sur votre compte professionnel, puis sur « Créer une clé d’accès », et passez à l’étape suivante.
stuck-samsung-install-authenticator-cant-sign-in = Authenticator me demande de prouver mon identité et je n’y arrive pas
stuck-samsung-install-authenticator-cant-sign-in-fix = Demandez un passe d’accès temporaire au service informatique de { $company }. Saisissez-le quand Authenticator le demande.

flow-samsung-enable-provider-title = Faites d’Authenticator votre app de clés d’accès
flow-samsung-enable-provider-body = Dans « Paramètres », ouvrez « Gestion globale » { -then } « Mots de passe, clés d’accès et saisie automatique » (Passwords, passkeys and autofill) et activez « Authenticator ». Samsung Pass peut rester activé. Revenez ensuite dans Authenticator.
stuck-samsung-enable-provider-menu-missing = Je ne trouve pas « Mots de passe, clés d’accès et saisie automatique »
stuck-samsung-enable-provider-menu-missing-fix = Ouvrez « Paramètres », appuyez sur l’icône de recherche et tapez « clés d’accès ». Le nom du menu varie un peu selon la version du téléphone.
stuck-samsung-enable-provider-authenticator-not-listed = Authenticator n’est pas dans la liste ou ne s’active pas
stuck-samsung-enable-provider-authenticator-not-listed-fix = Mettez à jour Authenticator dans le Play Store, ouvrez l’app une fois et regardez à nouveau. Sous Android 14, si elle ne s’active toujours pas, mettez votre téléphone à jour vers Android 15.

flow-samsung-open-security-info-title = Vérifiez votre clé d’accès dans « Informations de sécurité »
flow-samsung-open-security-info-body = Ouvrez la page « Informations de sécurité » dans Chrome ou Samsung Internet et connectez-vous avec votre compte { $company }. Votre nouvelle clé d’accès figure dans la liste des méthodes de connexion. Revenez ensuite à ce guide et appuyez sur « J’ai terminé ».
stuck-samsung-open-security-info-in-app-browser = La page s’est ouverte dans Outlook ou Teams
stuck-samsung-open-security-info-in-app-browser-fix = Ouvrez-la plutôt dans Chrome ou Samsung Internet : utilisez l’option de l’app pour ouvrir le lien dans votre navigateur, ou saisissez vous-même aka.ms/mysecurityinfo.
stuck-samsung-open-security-info-no-passkey-option = Ma clé d’accès n’est pas dans la liste
stuck-samsung-open-security-info-no-passkey-option-fix = Rechargez la page. Si elle n’y est toujours pas, vérifiez dans Authenticator que votre compte professionnel affiche « Clé d’accès » ; sinon, revenez à l’étape « Laissez Authenticator créer la clé d’accès ».
stuck-samsung-open-security-info-sign-in-loop = On me demande sans cesse de me connecter avec une clé d’accès que je n’ai pas encore
stuck-samsung-open-security-info-sign-in-loop-fix = Cela vient d’un paramètre côté { $company }. Contactez le service informatique, demandez un passe d’accès temporaire, puis réessayez.

flow-samsung-create-in-app-title = Laissez Authenticator créer la clé d’accès
flow-samsung-create-in-app-body = Authenticator crée maintenant votre clé d’accès. Répondez aux vérifications de connexion affichées. Si l’app demande un verrouillage de l’écran, appuyez sur « Paramètres », définissez-en un et revenez. Quand elle demande à être activée pour les clés d’accès, appuyez sur « Paramètres » : l’étape suivante indique quoi y activer.
stuck-samsung-create-in-app-samsung-pass-appears = Samsung Pass s’affiche pour enregistrer la clé d’accès
stuck-samsung-create-in-app-samsung-pass-appears-fix = Ne l’enregistrez pas dans Samsung Pass. Appuyez sur « Enregistrer d’une autre manière » (sur certains téléphones, « Autres options ») et choisissez « Authenticator ». Si Authenticator n’est pas proposé, vérifiez l’étape « Faites d’Authenticator votre app de clés d’accès ».
stuck-samsung-create-in-app-saved-in-samsung-pass = Je l’ai enregistrée dans Samsung Pass par erreur
stuck-samsung-create-in-app-saved-in-samsung-pass-fix = Ouvrez « Informations de sécurité » et supprimez cette clé d’accès. Ensuite, dans Authenticator, appuyez sur votre compte professionnel { -then } « Créer une clé d’accès » et choisissez « Authenticator » quand on vous demande où l’enregistrer.
stuck-samsung-create-in-app-no-screen-lock = On me dit qu’il faut un verrouillage de l’écran
stuck-samsung-create-in-app-no-screen-lock-fix = Ouvrez « Paramètres », recherchez « Type de verrouillage de l’écran » et choisissez un code PIN, un schéma ou un mot de passe. Revenez ensuite dans Authenticator.
stuck-samsung-create-in-app-passkey-already-exists = On me dit qu’une clé d’accès existe déjà
stuck-samsung-create-in-app-passkey-already-exists-fix = Dans Authenticator, appuyez sur votre compte { -then } « Paramètres » { -then } « Supprimer la clé d’accès », puis de nouveau sur « Créer une clé d’accès ».

flow-samsung-finish-title = Terminez dans Authenticator
flow-samsung-finish-body = De retour dans Authenticator, appuyez sur « Terminé ». Votre compte professionnel affiche maintenant « Clé d’accès » comme méthode de connexion. Appuyez de nouveau sur « Terminé ».
stuck-samsung-finish-passkey-not-found = Mon compte n’affiche pas « Clé d’accès »
stuck-samsung-finish-passkey-not-found-fix = Vérifiez l’étape précédente : Authenticator doit être activé pour les clés d’accès. Appuyez ensuite de nouveau sur votre compte professionnel { -then } « Créer une clé d’accès ».
stuck-samsung-finish-page-timed-out = Authenticator a expiré ou ma session s’est fermée
stuck-samsung-finish-page-timed-out-fix = Rouvrez Authenticator, appuyez sur votre compte professionnel, puis sur « Créer une clé d’accès ».

## android

flow-android-title = Téléphone Android avec le Gestionnaire de mots de passe de Google
flow-android-summary = Vous obtiendrez une clé d’accès enregistrée dans le Gestionnaire de mots de passe de Google, qui fonctionne aussi sur vos autres appareils connectés au même compte Google. Comptez environ 3 minutes.

flow-android-screen-lock-title = Vérifiez le verrouillage de l’écran
flow-android-screen-lock-body = Votre téléphone doit avoir Android 9 ou une version ultérieure, et un verrouillage de l’écran. Ouvrez « Paramètres », recherchez « Verrouillage de l’écran » et choisissez un code PIN, un schéma ou un mot de passe si vous n’en avez pas.
stuck-android-screen-lock-os-too-old = Mon téléphone a Android 8 ou une version antérieure
stuck-android-screen-lock-os-too-old-fix = Ce téléphone ne peut pas conserver de clés d’accès. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-android-screen-lock-which-version = Je ne sais pas quelle version d’Android j’ai
stuck-android-screen-lock-which-version-fix = Ouvrez « Paramètres » { -then } « À propos du téléphone » et regardez « Version d’Android ».

flow-android-check-google-title = Vérifiez le Gestionnaire de mots de passe de Google
flow-android-check-google-body = Vérifiez que ce téléphone est connecté à votre compte Google. Sous Android 14 ou une version ultérieure, ouvrez « Paramètres », recherchez « clés d’accès » et vérifiez que « Google » est sélectionné ou activé.
stuck-android-check-google-no-google-account = Il n’y a pas de compte Google sur ce téléphone
stuck-android-check-google-no-google-account-fix = Ouvrez « Paramètres », recherchez « Comptes » et ajoutez votre compte Google. Si vous préférez ne pas utiliser Google, revenez en arrière et choisissez une autre méthode.
stuck-android-check-google-other-app-preferred = Une autre app est définie comme app de mots de passe
stuck-android-check-google-other-app-preferred-fix = Cette app risque d’enregistrer la clé d’accès à la place. Choisissez « Google » quand votre téléphone demande où l’enregistrer.
stuck-android-check-google-work-profile = Mon téléphone a un profil professionnel (apps avec une mallette)
stuck-android-check-google-work-profile-fix = Une clé d’accès ne fonctionne que dans le profil où elle est enregistrée. Ouvrez l’étape suivante dans le navigateur du profil que vous utilisez pour le travail.

flow-android-open-security-info-title = Commencez sur « Mes informations de sécurité »
flow-android-open-security-info-body = Ouvrez « Mes informations de sécurité » (aka.ms/mysecurityinfo) dans Chrome et connectez-vous avec votre compte { $company }. Appuyez sur « + Ajouter une méthode de connexion » { -then } « Clé d’accès », puis sur « Suivant ».
stuck-android-open-security-info-in-app-browser = La page s’est ouverte dans Outlook ou Teams
stuck-android-open-security-info-in-app-browser-fix = Souvent, une clé d’accès ne peut pas être enregistrée depuis une autre app. Utilisez l’option de l’app pour ouvrir le lien dans votre navigateur, ou saisissez vous-même aka.ms/mysecurityinfo dans Chrome.
stuck-android-open-security-info-no-passkey-option = Je ne vois pas « Clé d’accès » dans la liste
stuck-android-open-security-info-no-passkey-option-fix = { $company } n’a peut-être pas encore activé les clés d’accès pour vous. Contactez le service informatique et demandez quel type de clé d’accès utiliser.
stuck-android-open-security-info-only-authenticator = Je ne vois que « Clé d’accès dans Microsoft Authenticator »
stuck-android-open-security-info-only-authenticator-fix = { $company } veut que votre clé d’accès soit dans Microsoft Authenticator. Revenez en arrière et choisissez le guide « Téléphone Android avec Microsoft Authenticator ».

flow-android-save-passkey-title = Enregistrez la clé d’accès
flow-android-save-passkey-body = Quand votre téléphone propose de créer une clé d’accès, vérifiez qu’il indique Gestionnaire de mots de passe de Google et appuyez sur « Continuer ». Déverrouillez avec votre empreinte digitale, votre visage ou le verrouillage de l’écran.
stuck-android-save-passkey-not-allowed = On me dit que mon organisation n’autorise pas cette clé d’accès
stuck-android-save-passkey-not-allowed-fix = { $company } n’autorise que les clés d’accès qui restent sur un seul appareil. Revenez en arrière et choisissez le guide « Téléphone Android avec Microsoft Authenticator ».
stuck-android-save-passkey-other-app-offered = Une autre app propose de l’enregistrer
stuck-android-save-passkey-other-app-offered-fix = Appuyez sur « Enregistrer d’une autre manière » (ou « Autres options ») et choisissez « Gestionnaire de mots de passe de Google ».
stuck-android-save-passkey-nothing-happens = Rien ne s’affiche
stuck-android-save-passkey-nothing-happens-fix = Vérifiez que la page est ouverte dans Chrome et que le verrouillage de l’écran est activé. Mettez à jour Chrome et les services Google Play dans le Play Store, puis recommencez à partir de « + Ajouter une méthode de connexion ».

flow-android-name-it-title = Nommez votre clé d’accès
flow-android-name-it-body = Saisissez un nom facile à reconnaître, comme « Mon téléphone », et appuyez sur « Suivant ». Appuyez ensuite sur « Terminé ». La clé d’accès figure maintenant dans votre liste de méthodes de connexion.
stuck-android-name-it-closed-too-early = J’ai fermé la page avant de la nommer
stuck-android-name-it-closed-too-early-fix = Ouvrez « Mes informations de sécurité ». Si la clé d’accès y figure, c’est terminé. Sinon, recommencez à partir de « + Ajouter une méthode de connexion ».

## android-authenticator

flow-android-authenticator-title = Téléphone Android avec Microsoft Authenticator
flow-android-authenticator-summary = Vous obtiendrez une clé d’accès dans l’app Microsoft Authenticator sur votre téléphone, pour vous connecter avec votre empreinte digitale, votre visage ou un code PIN. Comptez environ 5 minutes.

flow-android-authenticator-update-title = Mettez à jour votre téléphone
flow-android-authenticator-update-body = Votre téléphone doit avoir Android 14 ou une version ultérieure. Ouvrez « Paramètres », recherchez « Mise à jour du système » et installez les mises à jour proposées.
stuck-android-authenticator-update-os-too-old = Mon téléphone ne peut pas passer à Android 14
stuck-android-authenticator-update-os-too-old-fix = Ce téléphone ne peut pas conserver de clé d’accès dans Authenticator. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-android-authenticator-update-which-version = Je ne sais pas quelle version d’Android j’ai
stuck-android-authenticator-update-which-version-fix = Ouvrez « Paramètres » { -then } « À propos du téléphone » et regardez « Version d’Android ».

flow-android-authenticator-install-authenticator-title = Ajoutez votre compte professionnel à Authenticator
flow-android-authenticator-install-authenticator-body = Installez « Microsoft Authenticator » depuis le Play Store, ouvrez l’app et passez ses premiers écrans. Appuyez sur « Ajouter un compte professionnel ou scolaire » (ou « Ajouter un compte », ou « + » { -then } « Compte professionnel ou scolaire »), puis sur « Se connecter », et connectez-vous avec votre compte professionnel { $company }. Si votre compte professionnel y figure déjà, appuyez dessus, puis sur « Créer une clé d’accès ».
stuck-android-authenticator-install-authenticator-work-profile = Mon téléphone a un profil professionnel (apps avec une mallette)
stuck-android-authenticator-install-authenticator-work-profile-fix = Une clé d’accès ne fonctionne que dans le profil où elle est enregistrée. Utilisez Authenticator dans le profil qui contient vos apps professionnelles. Si vous avez des apps professionnelles dans les deux profils, créez une clé d’accès dans chacun.
stuck-android-authenticator-install-authenticator-account-already-added = Authenticator affiche déjà mon compte professionnel
stuck-android-authenticator-install-authenticator-account-already-added-fix = Appuyez sur votre compte professionnel, puis sur « Créer une clé d’accès », et passez à l’étape suivante.
stuck-android-authenticator-install-authenticator-cant-sign-in = Authenticator me demande de prouver mon identité et je n’y arrive pas
stuck-android-authenticator-install-authenticator-cant-sign-in-fix = Demandez un passe d’accès temporaire au service informatique de { $company }. Saisissez-le quand Authenticator le demande.

flow-android-authenticator-enable-provider-title = Autorisez Authenticator à enregistrer des clés d’accès
flow-android-authenticator-enable-provider-body = Dans « Paramètres », ouvrez « Mots de passe et comptes ». Sous « Fournisseurs supplémentaires » (Additional providers), activez « Authenticator ». Revenez ensuite dans Authenticator.
stuck-android-authenticator-enable-provider-menu-missing = Les menus de mon téléphone sont différents
stuck-android-authenticator-enable-provider-menu-missing-fix = Ouvrez « Paramètres », appuyez sur la barre de recherche et tapez « clés d’accès ». Ouvrez le résultat concernant les mots de passe et les clés d’accès, puis activez « Authenticator ».
stuck-android-authenticator-enable-provider-authenticator-not-listed = Authenticator n’est pas dans la liste ou ne s’active pas
stuck-android-authenticator-enable-provider-authenticator-not-listed-fix = Mettez à jour Authenticator dans le Play Store, ouvrez l’app une fois et regardez à nouveau. Sous Android 14, si elle ne s’active toujours pas, mettez votre téléphone à jour vers Android 15.

flow-android-authenticator-open-security-info-title = Vérifiez votre clé d’accès dans « Informations de sécurité »
flow-android-authenticator-open-security-info-body = Ouvrez la page « Informations de sécurité » dans Chrome et connectez-vous avec votre compte { $company }. Votre nouvelle clé d’accès figure dans la liste des méthodes de connexion. Revenez ensuite à ce guide et appuyez sur « J’ai terminé ».
stuck-android-authenticator-open-security-info-in-app-browser = La page s’est ouverte dans Outlook ou Teams
stuck-android-authenticator-open-security-info-in-app-browser-fix = Ouvrez-la plutôt dans Chrome : utilisez l’option de l’app pour ouvrir le lien dans votre navigateur, ou saisissez vous-même aka.ms/mysecurityinfo dans Chrome.
stuck-android-authenticator-open-security-info-no-passkey-option = Ma clé d’accès n’est pas dans la liste
stuck-android-authenticator-open-security-info-no-passkey-option-fix = Rechargez la page. Si elle n’y est toujours pas, vérifiez dans Authenticator que votre compte professionnel affiche « Clé d’accès » ; sinon, revenez à l’étape « Laissez Authenticator créer la clé d’accès ».
stuck-android-authenticator-open-security-info-sign-in-loop = On me demande sans cesse de me connecter avec une clé d’accès que je n’ai pas encore
stuck-android-authenticator-open-security-info-sign-in-loop-fix = Cela vient d’un paramètre côté { $company }. Contactez le service informatique, demandez un passe d’accès temporaire, puis réessayez.

flow-android-authenticator-create-in-app-title = Laissez Authenticator créer la clé d’accès
flow-android-authenticator-create-in-app-body = Authenticator crée maintenant votre clé d’accès. Répondez aux vérifications de connexion affichées. Si l’app demande un verrouillage de l’écran, appuyez sur « Paramètres », définissez-en un et revenez. Quand elle demande à être activée pour les clés d’accès, appuyez sur « Paramètres » : l’étape suivante indique quoi y activer.
stuck-android-authenticator-create-in-app-other-app-offered = Le Gestionnaire de mots de passe de Google ou une autre app propose de l’enregistrer
stuck-android-authenticator-create-in-app-other-app-offered-fix = Ne l’enregistrez pas là. Appuyez sur « Enregistrer d’une autre manière » (ou « Autres options ») et choisissez « Authenticator ». Si Authenticator n’est pas proposé, vérifiez l’étape « Autorisez Authenticator à enregistrer des clés d’accès ».
stuck-android-authenticator-create-in-app-no-screen-lock = On me dit qu’il faut un verrouillage de l’écran
stuck-android-authenticator-create-in-app-no-screen-lock-fix = Ouvrez « Paramètres », recherchez « Verrouillage de l’écran » et choisissez un code PIN, un schéma ou un mot de passe. Revenez ensuite dans Authenticator.
stuck-android-authenticator-create-in-app-passkey-already-exists = On me dit qu’une clé d’accès existe déjà
stuck-android-authenticator-create-in-app-passkey-already-exists-fix = Dans Authenticator, appuyez sur votre compte { -then } « Paramètres » { -then } « Supprimer la clé d’accès », puis de nouveau sur « Créer une clé d’accès ».
stuck-android-authenticator-create-in-app-registration-failed = On me dit que la clé d’accès n’a pas pu être ajoutée
stuck-android-authenticator-create-in-app-registration-failed-fix = Attendez une minute et réessayez : la vérification en arrière-plan est parfois surchargée. Si l’échec se répète, contactez le service informatique de { $company } en indiquant le message exact.

flow-android-authenticator-finish-title = Terminez dans Authenticator
flow-android-authenticator-finish-body = De retour dans Authenticator, appuyez sur « Terminé ». Votre compte professionnel affiche maintenant « Clé d’accès » comme méthode de connexion. Appuyez de nouveau sur « Terminé ».
stuck-android-authenticator-finish-passkey-not-found = Mon compte n’affiche pas « Clé d’accès »
stuck-android-authenticator-finish-passkey-not-found-fix = Vérifiez l’étape précédente : Authenticator doit être activé pour les clés d’accès. Appuyez ensuite de nouveau sur votre compte professionnel { -then } « Créer une clé d’accès ».
stuck-android-authenticator-finish-page-timed-out = Authenticator a expiré ou ma session s’est fermée
stuck-android-authenticator-finish-page-timed-out-fix = Rouvrez Authenticator, appuyez sur votre compte professionnel, puis sur « Créer une clé d’accès ».

## windows-hello

flow-windows-hello-title = PC Windows avec Windows Hello
flow-windows-hello-summary = Vous obtiendrez une clé d’accès conservée sur ce PC, déverrouillée par votre visage, votre empreinte digitale ou votre code PIN Windows Hello. Comptez environ 3 minutes.

flow-windows-hello-set-up-hello-title = Configurez Windows Hello
flow-windows-hello-set-up-hello-body = Ouvrez « Paramètres » { -then } « Comptes » { -then } « Options de connexion ». Si vous n’avez pas encore de code PIN, sélectionnez « Code PIN (Windows Hello) » { -then } « Configurer ». Vous pouvez aussi y ajouter votre visage ou votre empreinte digitale.
stuck-windows-hello-set-up-hello-greyed-out = Les options Windows Hello sont grisées
stuck-windows-hello-set-up-hello-greyed-out-fix = Votre PC est peut-être géré par { $company }. Demandez au service informatique d’autoriser Windows Hello, ou revenez en arrière et choisissez une autre méthode.
stuck-windows-hello-set-up-hello-no-face-or-fingerprint = Mon PC ne propose pas de connexion par visage ou empreinte digitale
stuck-windows-hello-set-up-hello-no-face-or-fingerprint-fix = Ce n’est pas grave : un code PIN Windows Hello suffit.
stuck-windows-hello-set-up-hello-old-windows = Mon PC n’a pas été mis à jour depuis longtemps
stuck-windows-hello-set-up-hello-old-windows-fix = Ouvrez « Paramètres » { -then } « Windows Update » { -then } « Rechercher des mises à jour », installez ce qui est proposé, puis redémarrez.

flow-windows-hello-open-security-info-title = Commencez sur « Mes informations de sécurité »
flow-windows-hello-open-security-info-body = Ouvrez « Mes informations de sécurité » (aka.ms/mysecurityinfo) dans Microsoft Edge ou Chrome et connectez-vous avec votre compte { $company }. Sélectionnez « + Ajouter une méthode de connexion » { -then } « Clé d’accès », puis « Suivant ».
stuck-windows-hello-open-security-info-no-passkey-option = Je ne vois pas « Clé d’accès » dans la liste
stuck-windows-hello-open-security-info-no-passkey-option-fix = { $company } n’a peut-être pas encore activé les clés d’accès pour vous. Contactez le service informatique et demandez quel type de clé d’accès utiliser.
stuck-windows-hello-open-security-info-only-authenticator = Je ne vois que « Clé d’accès dans Microsoft Authenticator »
stuck-windows-hello-open-security-info-only-authenticator-fix = { $company } veut que votre clé d’accès soit dans Microsoft Authenticator sur votre téléphone. Revenez en arrière et choisissez le guide pour un ordinateur et un téléphone.

flow-windows-hello-save-passkey-title = Enregistrez-la sur ce PC
flow-windows-hello-save-passkey-body = Windows affiche « Enregistrer votre clé d’accès » avec « Elle sera enregistrée sur votre appareil Windows ». Sélectionnez « OK » et confirmez avec votre visage, votre empreinte digitale ou votre code PIN. (Si un autre emplacement est indiqué, sélectionnez « Modifier » et choisissez cet appareil Windows.)
flow-windows-hello-save-passkey-body-windows10 = Une fenêtre Sécurité Windows vous demande de confirmer avec Windows Hello. Utilisez votre visage, votre empreinte digitale ou votre code PIN comme demandé, et conservez la clé d’accès sur ce PC.
stuck-windows-hello-save-passkey-no-windows-option = « Cet appareil Windows » n’est pas proposé
stuck-windows-hello-save-passkey-no-windows-option-fix = Configurez d’abord un code PIN Windows Hello (étape 1), puis recommencez à partir de « + Ajouter une méthode de connexion ».
stuck-windows-hello-save-passkey-browser-offers-other-app = Mon navigateur propose de l’enregistrer dans un gestionnaire de mots de passe
stuck-windows-hello-save-passkey-browser-offers-other-app-fix = Choisissez « Enregistrer d’une autre manière » (ou « Plus d’options ») et sélectionnez l’option Windows Hello ou cet appareil Windows.
stuck-windows-hello-save-passkey-already-registered = On me dit qu’une clé d’accès est déjà inscrite
stuck-windows-hello-save-passkey-already-registered-fix = Sur un ordinateur de { $company }, Windows Hello est peut-être déjà configuré pour votre compte professionnel, et Windows ne peut pas conserver une deuxième clé d’accès pour ce compte. Vous pouvez déjà vous connecter à ce PC avec Windows Hello ; pour d’autres appareils, revenez en arrière et choisissez le guide pour téléphone.
stuck-windows-hello-save-passkey-not-allowed = On me dit que cette clé d’accès n’est pas autorisée
stuck-windows-hello-save-passkey-not-allowed-fix = { $company } n’autorise peut-être pas encore les clés d’accès dans Windows Hello. Contactez le service informatique, ou revenez en arrière et choisissez une autre méthode.

flow-windows-hello-name-it-title = Nommez votre clé d’accès
flow-windows-hello-name-it-body = Saisissez un nom facile à reconnaître, comme « Mon portable », et sélectionnez « Suivant ». Sélectionnez ensuite « Terminé ». La clé d’accès figure maintenant dans votre liste de méthodes de connexion.
stuck-windows-hello-name-it-closed-too-early = J’ai fermé la page avant de la nommer
stuck-windows-hello-name-it-closed-too-early-fix = Ouvrez « Mes informations de sécurité ». Si la clé d’accès y figure, c’est terminé. Sinon, recommencez à partir de « + Ajouter une méthode de connexion ».

## mac

flow-mac-title = Mac avec le trousseau iCloud
flow-mac-summary = Vous obtiendrez une clé d’accès enregistrée dans le trousseau iCloud, déverrouillée avec Touch ID ou le mot de passe de votre Mac, et disponible sur vos autres appareils Apple. Comptez environ 3 minutes.

flow-mac-update-title = Mettez à jour votre Mac
flow-mac-update-body = Votre Mac doit avoir macOS 13 Ventura ou une version ultérieure. Choisissez menu Pomme { -then } « Réglages Système » { -then } « Général » { -then } « Mise à jour de logiciels » et installez les mises à jour proposées.
stuck-mac-update-os-too-old = Mon Mac ne peut pas passer à macOS 13
stuck-mac-update-os-too-old-fix = Ce Mac ne peut pas enregistrer de clés d’accès. Revenez en arrière et choisissez le guide pour un ordinateur et un téléphone, ou demandez au service informatique de { $company } quelle autre méthode vous pouvez utiliser.
stuck-mac-update-which-version = Je ne sais pas quelle version de macOS j’ai
stuck-mac-update-which-version-fix = Choisissez menu Pomme { -then } « À propos de ce Mac » et regardez le numéro de version.

flow-mac-icloud-keychain-title = Activez le trousseau iCloud
flow-mac-icloud-keychain-body = Choisissez menu Pomme { -then } « Réglages Système » { -then } votre nom { -then } « iCloud » { -then } « Mots de passe », puis activez « Synchroniser ce Mac ». Sur macOS Sonoma ou une version antérieure, cliquez sur « Mots de passe et trousseau » au lieu de « Mots de passe ».
flow-mac-icloud-keychain-body-macos14 = Choisissez menu Pomme { -then } « Réglages Système » { -then } votre nom { -then } « iCloud » { -then } « Mots de passe et trousseau », puis activez « Synchroniser ce Mac ».
stuck-mac-icloud-keychain-no-apple-account = Mon Mac n’est connecté à aucun compte Apple
stuck-mac-icloud-keychain-no-apple-account-fix = Cliquez sur « Se connecter » en haut de la fenêtre « Réglages Système » et connectez-vous. Si vous préférez ne pas utiliser iCloud, revenez en arrière et choisissez une autre méthode.
stuck-mac-icloud-keychain-two-factor-needed = On me dit qu’il faut l’identification à deux facteurs
stuck-mac-icloud-keychain-two-factor-needed-fix = Choisissez menu Pomme { -then } « Réglages Système » { -then } votre nom { -then } « Connexion et sécurité » et activez « Identification à deux facteurs ». Activez ensuite « Synchroniser ce Mac ».

flow-mac-open-security-info-title = Commencez sur « Mes informations de sécurité »
flow-mac-open-security-info-body = Ouvrez « Mes informations de sécurité » (aka.ms/mysecurityinfo) dans Safari et connectez-vous avec votre compte { $company }. Cliquez sur « + Ajouter une méthode de connexion » { -then } « Clé d’accès », puis sur « Suivant ».
stuck-mac-open-security-info-no-passkey-option = Je ne vois pas « Clé d’accès » dans la liste
stuck-mac-open-security-info-no-passkey-option-fix = { $company } n’a peut-être pas encore activé les clés d’accès pour vous. Contactez le service informatique et demandez quel type de clé d’accès utiliser.
stuck-mac-open-security-info-only-authenticator = Je ne vois que « Clé d’accès dans Microsoft Authenticator »
stuck-mac-open-security-info-only-authenticator-fix = { $company } veut que votre clé d’accès soit dans Microsoft Authenticator sur votre téléphone. Revenez en arrière et choisissez le guide pour un ordinateur et un téléphone.

flow-mac-save-passkey-title = Enregistrez la clé d’accès sur votre Mac
flow-mac-save-passkey-body = Quand votre Mac propose d’enregistrer une clé d’accès, cliquez sur « Continuer » et utilisez Touch ID ou le mot de passe de votre Mac.
stuck-mac-save-passkey-chrome-other-place = J’utilise Chrome et il veut l’enregistrer ailleurs
stuck-mac-save-passkey-chrome-other-place-fix = Choisissez « Trousseau iCloud » quand Chrome demande où l’enregistrer. Si votre Mac demande si Chrome peut utiliser vos clés d’accès, autorisez-le. Ou utilisez simplement Safari.
stuck-mac-save-passkey-only-qr-code = Seul un code QR pour téléphone s’affiche
stuck-mac-save-passkey-only-qr-code-fix = Votre Mac ne peut pas encore enregistrer de clés d’accès. Vérifiez que le trousseau iCloud est activé (étape 2), puis recommencez dans Safari.
stuck-mac-save-passkey-not-allowed = On me dit que mon organisation n’autorise pas cette clé d’accès
stuck-mac-save-passkey-not-allowed-fix = { $company } n’autorise que les clés d’accès qui restent sur un seul appareil. Revenez en arrière et choisissez le guide pour un ordinateur et un téléphone.

flow-mac-name-it-title = Nommez votre clé d’accès
flow-mac-name-it-body = Saisissez un nom facile à reconnaître, comme « Mon Mac », et cliquez sur « Suivant ». Cliquez ensuite sur « Terminé ». La clé d’accès figure maintenant dans votre liste de méthodes de connexion.
stuck-mac-name-it-closed-too-early = J’ai fermé la page avant de la nommer
stuck-mac-name-it-closed-too-early-fix = Ouvrez « Mes informations de sécurité ». Si la clé d’accès y figure, c’est terminé. Sinon, recommencez à partir de « + Ajouter une méthode de connexion ».

## security-key

flow-security-key-title = Clé de sécurité
flow-security-key-summary = Vous allez enregistrer votre clé de sécurité, pour vous connecter en la branchant (ou en l’approchant) et en saisissant son code PIN. Comptez environ 5 minutes.

flow-security-key-get-key-title = Préparez votre clé de sécurité
flow-security-key-get-key-body = Prenez la clé de sécurité que { $company } vous a remise. Effectuez ces étapes sur un PC Windows ou un Mac.
stuck-security-key-get-key-no-key = Je n’ai pas de clé de sécurité
stuck-security-key-get-key-no-key-fix = Demandez-en une au service informatique de { $company }, ou revenez en arrière et choisissez une autre méthode.
stuck-security-key-get-key-doesnt-fit = La clé ne rentre pas dans mon ordinateur
stuck-security-key-get-key-doesnt-fit-fix = Utilisez un adaptateur USB-C/USB-A, ou demandez au service informatique une clé compatible.
stuck-security-key-get-key-chromebook = J’utilise un Chromebook
stuck-security-key-get-key-chromebook-fix = Impossible d’ajouter une clé de sécurité sur un Chromebook. Ajoutez-la une fois sur un PC Windows ou un Mac.

flow-security-key-set-pin-title = Définissez un code PIN pour votre clé
flow-security-key-set-pin-body = Votre clé a besoin d’un code PIN. Sous Windows, ouvrez « Paramètres » { -then } « Comptes » { -then } « Options de connexion » { -then } « Clé de sécurité » { -then } « Gérer », insérez la clé et ajoutez un code PIN. Si elle en a déjà un, passez cette étape.
stuck-security-key-set-pin-on-a-mac = J’utilise un Mac
stuck-security-key-set-pin-on-a-mac-fix = Un Mac n’a pas de réglage pour cela. Définissez le code PIN avec l’app du fabricant de la clé ou sur un PC Windows, ou demandez au service informatique de { $company }.
stuck-security-key-set-pin-forgot-pin = J’ai oublié le code PIN de ma clé
stuck-security-key-set-pin-forgot-pin-fix = La seule solution à un code PIN oublié est de réinitialiser la clé, ce qui efface tout son contenu. Si c’est { $company } qui vous a remis la clé, demandez d’abord au service informatique ; sinon, utilisez « Réinitialiser » dans la même fenêtre « Gérer ».

flow-security-key-open-security-info-title = Commencez sur « Mes informations de sécurité »
flow-security-key-open-security-info-body = Sur l’ordinateur, ouvrez « Mes informations de sécurité » (aka.ms/mysecurityinfo) et connectez-vous avec votre compte { $company }. Cliquez sur « + Ajouter une méthode de connexion » { -then } « Clé d’accès », puis sur « Suivant ».
stuck-security-key-open-security-info-no-passkey-option = Je ne vois pas « Clé d’accès » dans la liste
stuck-security-key-open-security-info-no-passkey-option-fix = { $company } n’a peut-être pas encore activé les clés d’accès pour vous. Contactez le service informatique et demandez quel type de clé d’accès utiliser.
stuck-security-key-open-security-info-only-authenticator = Je ne vois que « Clé d’accès dans Microsoft Authenticator »
stuck-security-key-open-security-info-only-authenticator-fix = Pour le moment, { $company } n’accepte pas de clé de sécurité pour vous. Contactez le service informatique, ou revenez en arrière et choisissez le guide pour un ordinateur et un téléphone.

flow-security-key-choose-key-title = Choisissez « Clé de sécurité »
flow-security-key-choose-key-body = Quand on vous demande où enregistrer la clé d’accès, choisissez « Clé de sécurité » { -then } « Suivant », puis « OK ». Sur un Mac ou dans Chrome, cette option peut se trouver sous « Autres options » ou « Enregistrer d’une autre manière ».
stuck-security-key-choose-key-no-key-option = Je ne vois pas « Clé de sécurité »
stuck-security-key-choose-key-no-key-option-fix = Regardez sous « Autres options », « Plus d’options » ou « Enregistrer d’une autre manière ». Ne l’enregistrez ni sur l’ordinateur ni sur votre téléphone.
stuck-security-key-choose-key-saved-wrong-place = Je l’ai enregistrée sur l’ordinateur ou sur mon téléphone par erreur
stuck-security-key-choose-key-saved-wrong-place-fix = Supprimez cette clé d’accès dans « Mes informations de sécurité », puis recommencez à partir de « + Ajouter une méthode de connexion » et choisissez « Clé de sécurité ».

flow-security-key-touch-key-title = Insérez la clé et touchez-la
flow-security-key-touch-key-body = Insérez votre clé (ou approchez-la du lecteur). Si le navigateur indique que login.microsoft.com souhaite obtenir des informations détaillées sur votre clé de sécurité, choisissez « Autoriser ». Saisissez le code PIN de la clé, puis touchez-la quand elle clignote.
stuck-security-key-touch-key-asks-new-pin = On me demande de créer un code PIN
stuck-security-key-touch-key-asks-new-pin-fix = Choisissez un code PIN d’au moins 4 caractères dont vous vous souviendrez, et saisissez-le deux fois. Il vous sera demandé à chaque connexion.
stuck-security-key-touch-key-key-not-allowed = On me dit que cette clé de sécurité n’est pas autorisée
stuck-security-key-touch-key-key-not-allowed-fix = { $company } n’accepte que certains modèles de clés. Contactez le service informatique et indiquez quelle clé vous avez.
stuck-security-key-touch-key-nothing-happens = Rien ne se passe quand je touche la clé
stuck-security-key-touch-key-nothing-happens-fix = Débranchez la clé, branchez-la directement sur un autre port (pas sur un hub) et réessayez.
stuck-security-key-touch-key-pin-wrong = On me dit que le code PIN est incorrect ou bloqué
stuck-security-key-touch-key-pin-wrong-fix = Après quelques essais ratés, débranchez la clé et rebranchez-la. Après trop d’essais, la clé doit être réinitialisée : voir « J’ai oublié le code PIN de ma clé » à l’étape 2.

flow-security-key-name-it-title = Nommez votre clé
flow-security-key-name-it-body = Saisissez un nom facile à reconnaître, comme « Clé de sécurité bleue », et cliquez sur « Suivant ». Cliquez ensuite sur « Terminé ». La clé figure maintenant dans votre liste de méthodes de connexion.
stuck-security-key-name-it-closed-too-early = J’ai fermé la page avant de la nommer
stuck-security-key-name-it-closed-too-early-fix = Ouvrez « Mes informations de sécurité ». Si la clé y figure, c’est terminé. Sinon, recommencez à partir de « + Ajouter une méthode de connexion ».

## cross-device

flow-cross-device-title = Ordinateur et téléphone avec Microsoft Authenticator
flow-cross-device-summary = Vous obtiendrez une clé d’accès dans Microsoft Authenticator sur votre téléphone, et vous l’utiliserez pour vous connecter sur cet ordinateur. Comptez environ 5 minutes.

flow-cross-device-prepare-phone-title = Préparez votre téléphone
flow-cross-device-prepare-phone-body = Votre téléphone doit avoir iOS 17 ou une version ultérieure, ou Android 14 ou une version ultérieure. Installez « Microsoft Authenticator », ouvrez l’app et appuyez sur « Ajouter un compte professionnel ou scolaire » pour vous connecter avec votre compte { $company }.
stuck-cross-device-prepare-phone-os-too-old = Mon téléphone ne peut pas être mis à jour jusque-là
stuck-cross-device-prepare-phone-os-too-old-fix = Ce téléphone ne peut pas conserver de clé d’accès dans Authenticator. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser.
stuck-cross-device-prepare-phone-cant-sign-in = Authenticator me demande de prouver mon identité et je n’y arrive pas
stuck-cross-device-prepare-phone-cant-sign-in-fix = Demandez un passe d’accès temporaire au service informatique de { $company }. Saisissez-le quand Authenticator le demande.
stuck-cross-device-prepare-phone-work-profile = Mon téléphone Android a un profil professionnel (apps avec une mallette)
stuck-cross-device-prepare-phone-work-profile-fix = Utilisez Authenticator dans le profil professionnel si vos apps professionnelles s’y trouvent. Une clé d’accès ne fonctionne que dans le profil où elle est enregistrée.

flow-cross-device-enable-provider-title = Autorisez Authenticator à enregistrer des clés d’accès
flow-cross-device-enable-provider-body = iPhone : « Réglages » { -then } « Général » { -then } « Remplissage automatique et mots de passe », puis activez « Authenticator ». Android : ouvrez « Paramètres », recherchez « clés d’accès » et activez « Authenticator ».
stuck-cross-device-enable-provider-authenticator-not-listed = Authenticator n’est pas dans la liste
stuck-cross-device-enable-provider-authenticator-not-listed-fix = Mettez à jour Authenticator, ouvrez l’app une fois et regardez à nouveau. Sous Android 14, si elle ne s’active toujours pas, mettez le téléphone à jour vers Android 15.
stuck-cross-device-enable-provider-menu-missing = Je ne trouve pas ce menu sur mon iPhone
stuck-cross-device-enable-provider-menu-missing-fix = Sur iOS 17, il se trouve dans « Réglages » { -then } « Mots de passe » { -then } « Options des mots de passe ». Activez « Remplir automatiquement les mots de passe et les clés d’identification » et choisissez « Authenticator ».

flow-cross-device-open-security-info-title = Commencez sur l’ordinateur
flow-cross-device-open-security-info-body = Sur l’ordinateur, ouvrez « Mes informations de sécurité » (aka.ms/mysecurityinfo) et connectez-vous avec votre compte { $company }. Cliquez sur « + Ajouter une méthode de connexion » { -then } « Clé d’accès dans Microsoft Authenticator » et suivez la page.
stuck-cross-device-open-security-info-no-passkey-option = Je ne vois pas « Clé d’accès dans Microsoft Authenticator »
stuck-cross-device-open-security-info-no-passkey-option-fix = { $company } ne l’a peut-être pas encore activée pour vous. Contactez le service informatique et demandez quel type de clé d’accès utiliser.
stuck-cross-device-open-security-info-sign-in-loop = On me demande sans cesse de me connecter avec une clé d’accès que je n’ai pas encore
stuck-cross-device-open-security-info-sign-in-loop-fix = Cela vient d’un paramètre côté { $company }. Contactez le service informatique, demandez un passe d’accès temporaire, puis réessayez.
stuck-cross-device-open-security-info-download-qr = La page affiche un code QR pour télécharger l’app
stuck-cross-device-open-security-info-download-qr-fix = Si Authenticator est déjà sur votre téléphone, cliquez simplement sur « Suivant ». Sinon, scannez le code avec l’appareil photo de votre téléphone pour l’installer.

flow-cross-device-create-on-phone-title = Créez la clé d’accès sur votre téléphone
flow-cross-device-create-on-phone-body = Quand la page vous le demande, ouvrez Authenticator sur votre téléphone. Si votre compte professionnel y figure déjà, appuyez dessus { -then } « Créer une clé d’accès » ; sinon, appuyez sur « Ajouter un compte professionnel ou scolaire » (ou « + » { -then } « Compte professionnel ou scolaire ») { -then } « Se connecter ». Répondez aux vérifications de connexion, appuyez sur « Paramètres » si l’app demande un verrouillage de l’écran ou à être activée pour les clés d’accès, puis revenez. Quand « Clé d’accès » s’affiche sous votre compte, appuyez sur « Terminé », puis de nouveau sur « Terminé ».
stuck-cross-device-create-on-phone-no-create-option = Je ne vois pas « Créer une clé d’accès »
stuck-cross-device-create-on-phone-no-create-option-fix = Mettez à jour Authenticator et vérifiez que vous avez bien appuyé sur votre compte professionnel. Si l’option n’apparaît toujours pas, contactez le service informatique de { $company }.
stuck-cross-device-create-on-phone-no-screen-lock = On me dit qu’il faut un verrouillage de l’écran
stuck-cross-device-create-on-phone-no-screen-lock-fix = Définissez un code, un code PIN, un schéma ou un mot de passe dans les réglages de votre téléphone, puis revenez dans Authenticator.
stuck-cross-device-create-on-phone-passkey-already-exists = On me dit qu’une clé d’accès existe déjà
stuck-cross-device-create-on-phone-passkey-already-exists-fix = Dans Authenticator, appuyez sur votre compte { -then } « Paramètres » { -then } « Supprimer la clé d’accès », puis de nouveau sur « Créer une clé d’accès ».
stuck-cross-device-create-on-phone-other-app-offered = Samsung Pass ou une autre app propose de l’enregistrer
stuck-cross-device-create-on-phone-other-app-offered-fix = Ne l’enregistrez pas là. Appuyez sur « Enregistrer d’une autre manière » (ou « Autres options ») et choisissez « Authenticator ».

flow-cross-device-finish-title = Terminez sur l’ordinateur
flow-cross-device-finish-body = De retour sur l’ordinateur, cliquez sur « Suivant ». Attendez que la page vérifie votre clé d’accès, puis cliquez sur « Terminé ».
stuck-cross-device-finish-passkey-not-found = La page dit qu’elle ne trouve pas ma clé d’accès
stuck-cross-device-finish-passkey-not-found-fix = Vérifiez dans Authenticator que votre compte professionnel affiche « Clé d’accès » et qu’il s’agit du même compte que sur l’ordinateur. Cliquez ensuite de nouveau sur « Suivant ».
stuck-cross-device-finish-page-timed-out = La page a expiré ou ma session s’est fermée
stuck-cross-device-finish-page-timed-out-fix = Rouvrez « Mes informations de sécurité » et connectez-vous. Si la clé d’accès n’est pas dans la liste, recommencez à partir de « + Ajouter une méthode de connexion ».

flow-cross-device-try-it-title = Connectez-vous sur l’ordinateur avec votre téléphone
flow-cross-device-try-it-body = Activez le Bluetooth sur l’ordinateur et sur le téléphone. Lors de la connexion sur l’ordinateur, choisissez « Autres façons de se connecter » (ou « Options de connexion ») { -then } « Visage, empreinte digitale, code PIN ou clé de sécurité » ; sous Windows 11, choisissez ensuite « iPhone, iPad ou appareil Android ». Scannez le code QR avec l’app Appareil photo de votre téléphone et appuyez sur « Sign in with passkey » (Se connecter avec une clé d’accès) sur iPhone ou sur « Use passkey to sign in » (Utiliser une clé d’accès pour se connecter) sur Android.
stuck-cross-device-try-it-qr-wont-scan = Mon téléphone n’arrive pas à scanner le code QR
stuck-cross-device-try-it-qr-wont-scan-fix = Utilisez l’app Appareil photo du téléphone : sur un iPhone, le scanner intégré à Authenticator ne peut pas lire ce code. Augmentez la luminosité de l’écran de l’ordinateur et réessayez.
stuck-cross-device-try-it-bluetooth-off = On me demande d’activer le Bluetooth
stuck-cross-device-try-it-bluetooth-off-fix = Activez le Bluetooth sur les deux appareils : sous Windows dans « Paramètres » { -then } « Bluetooth et appareils », sur un Mac dans « Réglages Système » { -then } « Bluetooth », et sur le téléphone dans ses réglages. Gardez le téléphone près de l’ordinateur.
stuck-cross-device-try-it-no-bluetooth = Mon ordinateur n’a pas de Bluetooth, ou il est bloqué
stuck-cross-device-try-it-no-bluetooth-fix = Pour se connecter avec le téléphone, l’ordinateur a besoin du Bluetooth. Contactez le service informatique de { $company } et demandez quelle autre méthode vous pouvez utiliser sur cet ordinateur.
stuck-cross-device-try-it-nothing-after-scan = J’ai scanné le code mais rien ne se passe
stuck-cross-device-try-it-nothing-after-scan-fix = Gardez les deux appareils connectés à Internet et proches l’un de l’autre, vérifiez le Bluetooth sur les deux et réessayez. Si l’échec persiste sur le réseau du bureau, contactez le service informatique de { $company }.
