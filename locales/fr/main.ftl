## The frame around every page

# The arrow between the parts of a menu path (“Settings → General”). A right-to-left language
# points it the other way (←).
-then = →

language-name = Français
guide-skip-to-content = Aller aux étapes
guide-logo-alt = { $company }
guide-language = Langue
guide-help-heading = Besoin d’aide ?
guide-help-portal = Portail du support informatique
guide-support-code = Si vous appelez le support, donnez-lui ce code :
guide-privacy = Ce guide n’utilise aucun cookie et ne garde aucune trace de votre identité.

## Devices

device-iphone = iPhone
device-ipad = iPad
device-samsung = Samsung Galaxy
device-android = Téléphone Android
device-windows = PC Windows
device-mac = Mac
device-chromeos = Chromebook
device-linux = Ordinateur Linux
device-bot = Client automatisé
device-unknown = Appareil inconnu

## Requirements of a walkthrough

requirement-min-os = { $system } { $version } ou version ultérieure
requirement-authenticator = L’app Microsoft Authenticator, connectée avec votre compte professionnel
requirement-bluetooth = Le Bluetooth activé sur les deux appareils
requirement-screen-lock = Un verrouillage de l’écran (code PIN, empreinte digitale ou visage)
requirement-screen-lock-mac = Touch ID, ou le mot de passe de session de votre Mac
requirement-screen-lock-windows = Windows Hello : votre visage, votre empreinte digitale ou votre code PIN
requirement-screen-lock-apple = Un code, avec Face ID ou Touch ID
requirement-security-key = Votre clé de sécurité
requirement-phone = Votre téléphone, à portée de main

## Landing page

guide-title = Connectez-vous à { $company } sans mot de passe
guide-lead = Une clé d’accès vous permet de vous connecter avec votre visage, votre empreinte digitale ou un code PIN au lieu d’un mot de passe. La configuration prend environ cinq minutes.
guide-detected = Votre appareil : { $device }.
guide-detected-with-version = Votre appareil : { $device } ({ $system } { $version }).
guide-detected-unknown = Nous n’avons pas pu identifier votre appareil.
guide-not-your-device = Ce n’est pas votre appareil ?
guide-recommended = Recommandé pour vous
guide-you-need = Il vous faut
guide-step-count = { $count ->
    [one] Une étape
   *[other] { $count } étapes
}
guide-start = Commencer
guide-start-after-update = Mettez d’abord à jour, puis rouvrez ce lien : le guide commence ici.
guide-refused-title = « { $flow } » n’est pas disponible dans votre organisation
guide-refused-synced = { $company } n’autorise que les clés d’accès qui restent sur un seul appareil : une clé enregistrée dans un gestionnaire de mots de passe synchronisé ne fonctionnerait pas. Suivez plutôt le guide ci-dessous.
guide-refused-attestation = { $company } n’accepte que les clés d’accès dont la marque et le modèle peuvent être vérifiés, ce que cette façon d’en enregistrer une ne peut pas prouver. Suivez plutôt le guide ci-dessous.
guide-refused-authenticator-only = { $company } n’accepte que les clés d’accès dans Microsoft Authenticator. Suivez plutôt le guide ci-dessous.
guide-refused-windows-hello-off = { $company } n’a pas encore activé les clés d’accès dans Windows Hello. Suivez plutôt le guide ci-dessous.
guide-refused-device-bound = { $company } n’accepte que les clés d’accès synchronisées, et cette façon d’en enregistrer une ne crée pas de clé synchronisée. Suivez plutôt le guide ci-dessous.
guide-refused-key-restrictions = { $company } n’accepte que les clés d’accès issues d’apps et de clés de sécurité approuvées, et celle-ci n’en fait pas partie. Suivez plutôt le guide ci-dessous.
guide-browser-title = Utilisez Chrome ou Edge pour cela
guide-browser-linux-firefox = Firefox sous Linux ne peut pas utiliser une clé d’accès de votre téléphone. Ouvrez cette page dans Chrome ou Microsoft Edge et connectez-vous-y aux informations de sécurité.
guide-pick-device = Choisissez votre appareil, et nous vous montrerons les étapes exactes à suivre.
guide-no-way-here = Les réglages de clés d’accès de { $company } n’autorisent aucune clé d’accès sur cet appareil. Choisissez un autre appareil que vous utilisez, par exemple votre téléphone, ou contactez le support ci-dessous.
guide-choose-device = Choisir votre appareil
guide-qr-title = Ou continuez sur votre téléphone
guide-qr-body = Pointez l’appareil photo de votre téléphone vers ce code pour y ouvrir ce guide.
guide-qr-alt = Code QR qui ouvre ce guide sur votre téléphone
guide-phone-flow-title = Faites-le sur votre téléphone
guide-phone-flow-body = Ces étapes se font sur votre téléphone. Scannez ce code avec l’appareil photo du téléphone ou saisissez le lien ci-dessous dans son navigateur : le même guide s’y ouvre.
guide-other-ways = Autres façons de configurer une clé d’accès

## Opened inside another app

inapp-title = Ouvrez d’abord cette page dans votre navigateur
inapp-why = Vous avez ouvert ce lien dans une autre app. Il n’est pas possible d’y créer une clé d’accès.
inapp-outlook-ios = Dans Outlook, appuyez sur « ••• » en haut à droite { -then } « Ouvrir dans Safari ».
inapp-outlook-android = Dans Outlook, appuyez sur « ⋮ » en haut à droite { -then } « Ouvrir dans le navigateur ».
inapp-teams-ios = Dans Teams, appuyez sur « ••• » en haut { -then } « Ouvrir dans Safari ».
inapp-teams-android = Dans Teams, appuyez sur « ⋮ » en haut { -then } « Ouvrir dans le navigateur ».
inapp-generic-ios = Appuyez sur le bouton de partage ou sur « ••• » { -then } « Ouvrir dans Safari ». Si cette option n’existe pas, copiez l’adresse ci-dessous et collez-la dans Safari.
inapp-generic-android = Appuyez sur « ⋮ » { -then } « Ouvrir dans Chrome » (ou « Ouvrir dans le navigateur »). Si cette option n’existe pas, copiez l’adresse ci-dessous et collez-la dans Chrome.
inapp-copy-label = Adresse de cette page

## System too old

update-title = Mettez d’abord votre appareil à jour
update-body = Les clés d’accès professionnelles nécessitent { $system } { $required } ou version ultérieure, et cet appareil a la version { $detected }.
update-how-ios = Ouvrez « Réglages » { -then } « Général » { -then } « Mise à jour logicielle », installez la mise à jour, puis rouvrez ce lien.
update-how-android = Ouvrez « Paramètres » { -then } « Mise à jour logicielle » (ou « Système » { -then } « Mise à jour du système »), installez la mise à jour, puis rouvrez ce lien.

## Step pages

step-progress = Étape { $number } sur { $total }
step-open-security-info = Ouvrir les informations de sécurité
step-handoff-note = Cela ouvre la page « Informations de sécurité » de Microsoft à la place de ce guide. Quand vous y avez terminé, utilisez le bouton Retour de votre navigateur pour revenir ici et appuyez sur « J’ai terminé ».
step-coming-next = Ce que vous y verrez
step-back = Retour
step-next = Suivant
step-finish = J’ai terminé
step-stuck = Je n’y arrive pas
step-nav = Étapes

illustration-settings-provider = Un écran de réglages où le fournisseur de clés d’accès est activé
illustration-security-info-add = La page « Informations de sécurité » de Microsoft avec le bouton « Ajouter une méthode de connexion »
illustration-save-passkey = La fenêtre « Enregistrer la clé d’accès » qui demande votre visage, votre empreinte digitale ou votre code PIN
illustration-security-key-touch = Un doigt qui touche une clé de sécurité branchée sur un ordinateur portable
illustration-done = Une coche : la clé d’accès est prête
illustration-authenticator-account = Microsoft Authenticator affichant votre compte professionnel avec le bouton « Créer une clé d’accès »
illustration-samsung-save-another-way = Samsung Pass qui propose d’enregistrer la clé d’accès, avec « Enregistrer d’une autre manière » sous son bouton
illustration-ios-autofill-settings = Les réglages de l’iPhone pour les mots de passe et clés d’accès, avec Authenticator activé
illustration-android-passkey-providers = Les paramètres Android des mots de passe et clés d’accès, avec Authenticator activé
illustration-security-info-phone = La page « Informations de sécurité » dans le navigateur du téléphone, avec le bouton « Ajouter une méthode de connexion »
illustration-windows-save-passkey = La fenêtre Windows « Enregistrer votre clé d’accès » avec son bouton « OK »
illustration-choose-security-key = La fenêtre Windows « Choisissez où enregistrer votre clé d’accès » avec l’option « Clé de sécurité » sélectionnée
illustration-mac-save-passkey = Un Mac qui propose d’enregistrer la clé d’accès avec Touch ID
illustration-cross-device-qr = Un code QR sur l’ordinateur, scanné avec l’app Appareil photo du téléphone

## I'm stuck

stuck-title = Qu’est-ce qui ne va pas ?
stuck-intro = Étape { $number } : { $step }. Choisissez ce que vous voyez, et nous vous dirons quoi faire.
stuck-something-else = Autre chose ? Contactez le support ci-dessous et donnez-lui le code affiché en bas de cette page.
stuck-fix-heading = Que faire
stuck-other-problems = Un autre problème
stuck-back-to-step = Retour à l’étape
stuck-contact = Ça ne fonctionne toujours pas ? Le support peut vous aider : ses coordonnées sont ci-dessous.
stuck-contact-generic = Ça ne fonctionne toujours pas ? Contactez votre support informatique et donnez-lui le code affiché en bas de cette page.

## Done

done-confirm-title = Ça a fonctionné ?
done-confirm-body = Si la page de Microsoft affiche maintenant votre clé d’accès dans « Informations de sécurité », tout est prêt.
done-confirm-yes = Oui, ma clé d’accès est configurée
done-confirm-no = Non, quelque chose n’a pas fonctionné
done-title = Tout est prêt
done-body = La prochaine fois que vous vous connecterez à { $company }, choisissez « Autres façons de se connecter » (ou « Options de connexion ») { -then } « Visage, empreinte digitale, code PIN ou clé de sécurité », puis utilisez votre visage, votre empreinte digitale ou votre code PIN.
done-test-title = Testez maintenant
done-test-body = Ouvrez une fenêtre de navigation privée dans votre navigateur, allez sur aka.ms/mysecurityinfo et saisissez votre adresse e-mail professionnelle. Choisissez « Autres façons de se connecter » (ou « Options de connexion ») { -then } « Visage, empreinte digitale, code PIN ou clé de sécurité » et utilisez votre nouvelle clé d’accès. Si vous parvenez à vous connecter, elle est prête pour toutes vos connexions à { $company } ; sinon, revenez une page en arrière et appuyez sur « Non, quelque chose n’a pas fonctionné ».
done-next = Vous pouvez fermer cette page.

## Device chooser

devices-title = Quel appareil utilisez-vous ?
devices-intro = Choisissez l’appareil avec lequel vous voulez vous connecter. Nous vous montrerons les étapes correspondantes.
devices-all-ways = Toutes les méthodes autorisées par votre organisation

## Errors

error-not-found-title = Nous n’avons pas trouvé cette page
error-not-found-body = Vérifiez que vous avez ouvert le lien complet de votre e-mail. Si cela ne fonctionne toujours pas, demandez le bon lien à votre support informatique.
error-forbidden-title = Vous ne pouvez pas ouvrir cette page
error-forbidden-body = Connectez-vous d’abord, ou demandez l’accès à votre administrateur.
error-busy-title = Il y a beaucoup de monde en ce moment
error-busy-body = Patientez quelques secondes, puis réessayez.
error-bad-request-title = Quelque chose n’allait pas dans cette demande
error-bad-request-body = Revenez en arrière et réessayez. Si le problème persiste, contactez votre support informatique.
error-internal-title = Un problème est survenu de notre côté
error-internal-body = Réessayez dans une minute. Si le problème persiste, contactez votre support informatique et donnez-lui le numéro de demande ci-dessous.
error-request-id = Numéro de demande :

## Shown by the page script

guide-ipad-notice = Sur un iPad ? Votre iPad se présente aux sites web comme un Mac.
guide-ipad-link = Afficher les étapes pour iPad
step-no-passkey-warning = Ce navigateur ne peut pas créer de clé d’accès sur cet appareil. Vérifiez qu’un verrouillage de l’écran est configuré, ou choisissez une autre méthode sur la page d’accueil.

## Helpdesk runbook

runbook-title = Guide du support : { $flow }
runbook-code-help = Les personnes qui appellent lisent un code comme DEMO-IPH-IA-3 en bas de leur page : organisation, appareil (IPH iPhone, IPD iPad, SAM Samsung, AND Android, WIN Windows, MAC Mac, CRO Chromebook, LNX Linux), méthode (IA iPhone + Authenticator, IC trousseau iCloud, SA Samsung, AN Gestionnaire de mots de passe de Google, AA Android + Authenticator, WH Windows Hello, MC Mac, SK clé de sécurité, XD ordinateur + téléphone, CH pas encore choisie) et numéro d’étape.
runbook-open-guide = Ouvrir le guide tel que la personne le voit
runbook-ask-heading = À demander d’abord
runbook-ask-device = Quel appareil et quelle version du système utilisez-vous ? (Sur un iPhone : Réglages { -then } Général { -then } Informations.)
runbook-ask-code = Quel est le code affiché en bas de votre page ?
runbook-ask-screen = Que dit exactement l’écran ? Lisez-le-moi mot pour mot.
runbook-ask-browser = Avez-vous ouvert le lien depuis l’app de messagerie, depuis Teams ou dans un navigateur comme Safari, Chrome ou Edge ?
runbook-steps-heading = Étapes et problèmes connus
runbook-step = Étape { $number } : { $title }
runbook-source = Documentation de l’éditeur pour cette étape (vérifiée le { $date })
handout-title = { $flow } : toutes les étapes
handout-qr = Scannez pour ouvrir ce guide sur votre téléphone :
handout-print-hint = Imprimez cette page (Ctrl+P ou ⌘P) pour la distribuer.
guide-print-all = Imprimer toutes les étapes
runbook-others = Autres méthodes
guide-privacy-personal = Ce lien est personnel : il indique à { $company } que vous avez ouvert ce guide et jusqu’où vous avez avancé, et un cookie le conserve pendant que vous suivez les étapes. Rien d’autre vous concernant n’est enregistré.
