# Walkthrough texts. Every id here is named by the data in src/guide/catalog.rs:
#   flow-{flow}-title, flow-{flow}-summary
#   flow-{flow}-{step}-title, flow-{flow}-{step}-body
#   stuck-{flow}-{step}-{problem} (the symptom) and stuck-{flow}-{step}-{problem}-fix
# The only variable is { $company }, the organisation's name.

## iphone-authenticator

flow-iphone-authenticator-title = iPhone met Microsoft Authenticator
flow-iphone-authenticator-title-ipad = iPad met Microsoft Authenticator
flow-iphone-authenticator-summary = Je krijgt een passkey in de Microsoft Authenticator-app op je iPhone, zodat je kunt inloggen met Face ID. Het duurt ongeveer 5 minuten.
flow-iphone-authenticator-summary-ipad = Je krijgt een passkey in de Microsoft Authenticator-app op je iPad, zodat je kunt inloggen met Face ID of Touch ID. Het duurt ongeveer 5 minuten.

flow-iphone-authenticator-update-title = Werk je iPhone bij
flow-iphone-authenticator-update-title-ipad = Werk je iPad bij
flow-iphone-authenticator-update-body = Je iPhone heeft iOS 17 of nieuwer nodig. Open “Instellingen” { -then } “Algemeen” { -then } “Software-update” en installeer een update als die er staat.
flow-iphone-authenticator-update-body-ipad = Je iPad heeft iPadOS 17 of nieuwer nodig. Open “Instellingen” { -then } “Algemeen” { -then } “Software-update” en installeer een update als die er staat.
stuck-iphone-authenticator-update-os-too-old = Mijn iPhone kan niet bijwerken naar iOS 17
stuck-iphone-authenticator-update-os-too-old-ipad = Mijn iPad kan niet bijwerken naar iPadOS 17
stuck-iphone-authenticator-update-os-too-old-fix = Oudere iPhones kunnen geen passkey in Authenticator bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-iphone-authenticator-update-os-too-old-fix-ipad = Oudere iPads kunnen geen passkey in Authenticator bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-iphone-authenticator-update-which-version = Ik weet niet welke iOS-versie ik heb
stuck-iphone-authenticator-update-which-version-ipad = Ik weet niet welke iPadOS-versie ik heb
stuck-iphone-authenticator-update-which-version-fix = Open “Instellingen” { -then } “Algemeen” { -then } “Info” en kijk bij “iOS-versie”.
stuck-iphone-authenticator-update-which-version-fix-ipad = Open “Instellingen” { -then } “Algemeen” { -then } “Info” en kijk bij “iPadOS-versie”.

flow-iphone-authenticator-install-authenticator-title = Voeg je werkaccount toe aan Authenticator
flow-iphone-authenticator-install-authenticator-body = Installeer “Microsoft Authenticator” uit de App Store, open de app en doorloop de eerste schermen. Tik op “Werk- of schoolaccount toevoegen” (of “Account toevoegen”, of “+” { -then } “Werk- of schoolaccount”), dan op “Aanmelden”, en log in met je werkaccount van { $company }. Staat je werkaccount er al? Tik erop en dan op “Wachtwoordsleutel maken” (Create a passkey).
stuck-iphone-authenticator-install-authenticator-account-already-added = Authenticator toont mijn werkaccount al
stuck-iphone-authenticator-install-authenticator-account-already-added-fix = Tik op je werkaccount, dan op “Wachtwoordsleutel maken” en ga verder met de volgende stap.
stuck-iphone-authenticator-install-authenticator-cant-sign-in = Authenticator vraagt me te bewijzen dat ik het ben, en dat lukt niet
stuck-iphone-authenticator-install-authenticator-cant-sign-in-fix = Vraag de IT-afdeling van { $company } om een tijdelijke toegangspas (Temporary Access Pass). Typ die in als Authenticator erom vraagt.
stuck-iphone-authenticator-install-authenticator-personal-account = Ik heb per ongeluk mijn persoonlijke Microsoft-account toegevoegd
stuck-iphone-authenticator-install-authenticator-personal-account-fix = Tik op “+” { -then } “Werk- of schoolaccount” en log in met je zakelijke e-mailadres. Je persoonlijke account mag blijven staan.

flow-iphone-authenticator-enable-provider-title = Laat Authenticator passkeys bewaren
flow-iphone-authenticator-enable-provider-body = Open “Instellingen” { -then } “Algemeen” { -then } “Automatisch invullen en wachtwoorden”. Zet “Wachtwoorden en passkeys automatisch invullen” (AutoFill Passwords and Passkeys) aan. Zet onder “Automatisch invullen vanuit” (AutoFill From) “Authenticator” aan. Ga daarna terug naar Authenticator.
flow-iphone-authenticator-enable-provider-body-ios17 = Open “Instellingen” { -then } “Wachtwoorden” { -then } “Wachtwoordopties”. Zet “Wachtwoorden en passkeys automatisch invullen” (AutoFill Passwords and Passkeys) aan. Zet onder “Gebruik wachtwoorden en passkeys van” (Use Passwords and Passkeys From) “Authenticator” aan. Ga daarna terug naar Authenticator.
stuck-iphone-authenticator-enable-provider-menu-missing = Ik kan “Automatisch invullen en wachtwoorden” niet vinden
stuck-iphone-authenticator-enable-provider-menu-missing-fix = In iOS 17 staat het ergens anders: “Instellingen” { -then } “Wachtwoorden” { -then } “Wachtwoordopties”. Zet “Wachtwoorden en passkeys automatisch invullen” aan en kies “Authenticator” onder “Gebruik wachtwoorden en passkeys van” (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-menu-missing-fix-ipad = In iPadOS 17 staat het ergens anders: “Instellingen” { -then } “Wachtwoorden” { -then } “Wachtwoordopties”. Zet “Wachtwoorden en passkeys automatisch invullen” aan en kies “Authenticator” onder “Gebruik wachtwoorden en passkeys van” (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-authenticator-not-listed = Authenticator staat niet in de lijst
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix = Werk Microsoft Authenticator bij in de App Store, open de app één keer en kijk opnieuw. Staat hij er nog steeds niet? Herstart dan je iPhone.
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix-ipad = Werk Microsoft Authenticator bij in de App Store, open de app één keer en kijk opnieuw. Staat hij er nog steeds niet? Herstart dan je iPad.
stuck-iphone-authenticator-enable-provider-setting-locked = De instelling is grijs
stuck-iphone-authenticator-enable-provider-setting-locked-fix = Je iPhone wordt misschien beheerd door { $company }. Neem contact op met IT en zeg dat de instelling voor automatisch invullen vergrendeld is.
stuck-iphone-authenticator-enable-provider-setting-locked-fix-ipad = Je iPad wordt misschien beheerd door { $company }. Neem contact op met IT en zeg dat de instelling voor automatisch invullen vergrendeld is.

flow-iphone-authenticator-open-security-info-title = Controleer het bij Beveiligingsgegevens
flow-iphone-authenticator-open-security-info-body = Open Beveiligingsgegevens in Safari en log in met je account van { $company }. Je nieuwe passkey staat in de lijst met aanmeldingsmethoden. Kom daarna terug naar deze gids en tik op “Ik ben klaar”.
stuck-iphone-authenticator-open-security-info-in-app-browser = De pagina ging open in Outlook of Teams
stuck-iphone-authenticator-open-security-info-in-app-browser-fix = Open de pagina in Safari: gebruik de optie van de app om de link in je browser te openen, of typ zelf aka.ms/mysecurityinfo in Safari.
stuck-iphone-authenticator-open-security-info-no-passkey-option = Mijn passkey staat niet in de lijst
stuck-iphone-authenticator-open-security-info-no-passkey-option-fix = Laad de pagina opnieuw. Staat hij er nog steeds niet? Controleer dan in Authenticator of je werkaccount “Wachtwoordsleutel” toont. Zo niet, ga dan terug naar de stap “Laat Authenticator de passkey aanmaken”.
stuck-iphone-authenticator-open-security-info-sign-in-loop = Ik moet steeds inloggen met een passkey die ik nog niet heb
stuck-iphone-authenticator-open-security-info-sign-in-loop-fix = Dat komt door een instelling bij { $company }. Neem contact op met IT, vraag om een tijdelijke toegangspas en probeer het daarna opnieuw.

flow-iphone-authenticator-create-in-app-title = Laat Authenticator de passkey aanmaken
flow-iphone-authenticator-create-in-app-body = Authenticator maakt nu je passkey aan. Beantwoord de inlogcontroles die de app toont. Vraagt de app om een toegangscode? Tik dan op “Instellingen”, stel er een in en kom terug. Vraagt de app om hem voor passkeys aan te zetten? Tik dan op “Instellingen”: de volgende stap laat zien wat je daar aanzet.
stuck-iphone-authenticator-create-in-app-no-create-option = Ik zie “Wachtwoordsleutel maken” niet
stuck-iphone-authenticator-create-in-app-no-create-option-fix = Werk Authenticator bij in de App Store en controleer of je op je werkaccount hebt getikt. Staat het er nog steeds niet? Neem contact op met de IT-afdeling van { $company }.
stuck-iphone-authenticator-create-in-app-no-passcode = Er staat dat ik een toegangscode nodig heb
stuck-iphone-authenticator-create-in-app-no-passcode-fix = Open “Instellingen” { -then } “Face ID en toegangscode” (of “Touch ID en toegangscode”) { -then } “Zet toegangscode aan”. Ga daarna terug naar Authenticator.
stuck-iphone-authenticator-create-in-app-passkey-already-exists = Er staat dat er al een passkey bestaat
stuck-iphone-authenticator-create-in-app-passkey-already-exists-fix = Tik in Authenticator op je account { -then } “Instellingen” { -then } “Wachtwoordsleutel verwijderen” (Delete passkey) en tik dan opnieuw op “Wachtwoordsleutel maken”. Staat er in Mijn beveiligingsgegevens een oude passkey die je niet gebruikt? Verwijder die daar ook.
stuck-iphone-authenticator-create-in-app-registration-failed = Er staat dat de passkey niet kon worden toegevoegd
stuck-iphone-authenticator-create-in-app-registration-failed-fix = Wacht een minuut en probeer het opnieuw; de controle op de achtergrond is soms druk. Mislukt het weer? Neem contact op met de IT-afdeling van { $company } en geef de precieze melding door.

flow-iphone-authenticator-finish-title = Rond af in Authenticator
flow-iphone-authenticator-finish-body = Tik terug in Authenticator op “Gereed”. Je werkaccount toont nu “Wachtwoordsleutel” als aanmeldingsmethode. Tik nog een keer op “Gereed”.
stuck-iphone-authenticator-finish-passkey-not-found = Mijn account toont geen “Wachtwoordsleutel”
stuck-iphone-authenticator-finish-passkey-not-found-fix = Controleer de vorige stap: Authenticator moet aanstaan voor passkeys. Tik daarna opnieuw op je werkaccount { -then } “Wachtwoordsleutel maken”.
stuck-iphone-authenticator-finish-page-timed-out = Authenticator gaf een time-out of heeft me uitgelogd
stuck-iphone-authenticator-finish-page-timed-out-fix = Open Authenticator opnieuw, tik op je werkaccount en dan op “Wachtwoordsleutel maken”.

## iphone-icloud

flow-iphone-icloud-title = iPhone met iCloud-sleutelhanger
flow-iphone-icloud-title-ipad = iPad met iCloud-sleutelhanger
flow-iphone-icloud-summary = Je krijgt een passkey in de wachtwoorden van je iPhone (iCloud-sleutelhanger), die ook werkt op je andere Apple-apparaten. Het duurt ongeveer 3 minuten.
flow-iphone-icloud-summary-ipad = Je krijgt een passkey in de wachtwoorden van je iPad (iCloud-sleutelhanger), die ook werkt op je andere Apple-apparaten. Het duurt ongeveer 3 minuten.

flow-iphone-icloud-update-title = Werk je iPhone bij
flow-iphone-icloud-update-title-ipad = Werk je iPad bij
flow-iphone-icloud-update-body = Je iPhone heeft iOS 16 of nieuwer nodig. Open “Instellingen” { -then } “Algemeen” { -then } “Software-update” en installeer een update als die er staat.
flow-iphone-icloud-update-body-ipad = Je iPad heeft iPadOS 16 of nieuwer nodig. Open “Instellingen” { -then } “Algemeen” { -then } “Software-update” en installeer een update als die er staat.
stuck-iphone-icloud-update-os-too-old = Mijn iPhone kan niet bijwerken naar iOS 16
stuck-iphone-icloud-update-os-too-old-ipad = Mijn iPad kan niet bijwerken naar iPadOS 16
stuck-iphone-icloud-update-os-too-old-fix = Deze iPhone kan geen passkeys bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-iphone-icloud-update-os-too-old-fix-ipad = Deze iPad kan geen passkeys bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-iphone-icloud-update-which-version = Ik weet niet welke iOS-versie ik heb
stuck-iphone-icloud-update-which-version-ipad = Ik weet niet welke iPadOS-versie ik heb
stuck-iphone-icloud-update-which-version-fix = Open “Instellingen” { -then } “Algemeen” { -then } “Info” en kijk bij “iOS-versie”.
stuck-iphone-icloud-update-which-version-fix-ipad = Open “Instellingen” { -then } “Algemeen” { -then } “Info” en kijk bij “iPadOS-versie”.

flow-iphone-icloud-icloud-keychain-title = Zet iCloud-sleutelhanger aan
flow-iphone-icloud-icloud-keychain-body = Open “Instellingen” { -then } je naam { -then } “iCloud” { -then } “Wachtwoorden” en zet “Synchroniseer deze iPhone” aan. Tik in iOS 17 of ouder op “Wachtwoorden en sleutelhanger” in plaats van “Wachtwoorden”.
flow-iphone-icloud-icloud-keychain-body-ipad = Open “Instellingen” { -then } je naam { -then } “iCloud” { -then } “Wachtwoorden” en zet “Synchroniseer deze iPad” aan. Tik in iPadOS 17 of ouder op “Wachtwoorden en sleutelhanger” in plaats van “Wachtwoorden”.
flow-iphone-icloud-icloud-keychain-body-ios17 = Open “Instellingen” { -then } je naam { -then } “iCloud” { -then } “Wachtwoorden en sleutelhanger” en zet “Synchroniseer deze iPhone” aan.
flow-iphone-icloud-icloud-keychain-body-ios17-ipad = Open “Instellingen” { -then } je naam { -then } “iCloud” { -then } “Wachtwoorden en sleutelhanger” en zet “Synchroniseer deze iPad” aan.
stuck-iphone-icloud-icloud-keychain-no-apple-account = Ik ben niet ingelogd met een Apple Account
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix = Tik bovenaan in “Instellingen” op “Log in op je iPhone” en log in. Wil je iCloud liever niet gebruiken? Ga dan terug en kies een andere manier.
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix-ipad = Tik bovenaan in “Instellingen” op “Log in op je iPad” en log in. Wil je iCloud liever niet gebruiken? Ga dan terug en kies een andere manier.
stuck-iphone-icloud-icloud-keychain-two-factor-needed = Er staat dat ik twee-factor-authenticatie nodig heb
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix = Open “Instellingen” { -then } je naam { -then } “Inloggen en beveiliging” en zet “Twee-factor-authenticatie” aan. Kom daarna terug en zet “Synchroniseer deze iPhone” aan.
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix-ipad = Open “Instellingen” { -then } je naam { -then } “Inloggen en beveiliging” en zet “Twee-factor-authenticatie” aan. Kom daarna terug en zet “Synchroniseer deze iPad” aan.
stuck-iphone-icloud-icloud-keychain-no-passcode = Mijn iPhone heeft geen toegangscode
stuck-iphone-icloud-icloud-keychain-no-passcode-ipad = Mijn iPad heeft geen toegangscode
stuck-iphone-icloud-icloud-keychain-no-passcode-fix = Open “Instellingen” { -then } “Face ID en toegangscode” (of “Touch ID en toegangscode”) { -then } “Zet toegangscode aan”.

flow-iphone-icloud-open-security-info-title = Begin bij Mijn beveiligingsgegevens
flow-iphone-icloud-open-security-info-body = Open Mijn beveiligingsgegevens (aka.ms/mysecurityinfo) in Safari en log in met je account van { $company }. Tik op “+ Aanmeldingsmethode toevoegen” { -then } “Wachtwoordsleutel” (Passkey) en dan op “Volgende”.
stuck-iphone-icloud-open-security-info-in-app-browser = De pagina ging open in Outlook of Teams
stuck-iphone-icloud-open-security-info-in-app-browser-fix = Vanuit een andere app kun je vaak geen passkey bewaren. Gebruik de optie van de app om de link in je browser te openen, of typ zelf aka.ms/mysecurityinfo in Safari.
stuck-iphone-icloud-open-security-info-no-passkey-option = Ik zie “Wachtwoordsleutel” niet in de lijst
stuck-iphone-icloud-open-security-info-no-passkey-option-fix = Misschien heeft { $company } passkeys nog niet voor je aangezet. Neem contact op met IT en vraag welk soort passkey je moet gebruiken.
stuck-iphone-icloud-open-security-info-only-authenticator = Ik zie alleen “Wachtwoordsleutel in Microsoft Authenticator”
stuck-iphone-icloud-open-security-info-only-authenticator-fix = { $company } wil dat je passkey in Microsoft Authenticator staat. Ga terug en kies de gids “iPhone met Microsoft Authenticator”.
stuck-iphone-icloud-open-security-info-only-authenticator-fix-ipad = { $company } wil dat je passkey in Microsoft Authenticator staat. Ga terug en kies de gids “iPad met Microsoft Authenticator”.

flow-iphone-icloud-save-passkey-title = Bewaar de passkey op je iPhone
flow-iphone-icloud-save-passkey-title-ipad = Bewaar de passkey op je iPad
flow-iphone-icloud-save-passkey-body = Tik nog een keer op “Volgende”. Biedt je iPhone aan een passkey te bewaren? Tik dan op “Ga door” en bevestig met Face ID, Touch ID of je toegangscode. Wordt gevraagd waar je hem wilt bewaren? Kies dan “Wachtwoorden” (of “iCloud-sleutelhanger”).
flow-iphone-icloud-save-passkey-body-ipad = Tik nog een keer op “Volgende”. Biedt je iPad aan een passkey te bewaren? Tik dan op “Ga door” en bevestig met Face ID, Touch ID of je toegangscode. Wordt gevraagd waar je hem wilt bewaren? Kies dan “Wachtwoorden” (of “iCloud-sleutelhanger”).
stuck-iphone-icloud-save-passkey-not-allowed = Er staat dat mijn organisatie deze passkey niet toestaat
stuck-iphone-icloud-save-passkey-not-allowed-fix = { $company } staat alleen passkeys toe die op één apparaat blijven. Ga terug en kies de gids “iPhone met Microsoft Authenticator”.
stuck-iphone-icloud-save-passkey-not-allowed-fix-ipad = { $company } staat alleen passkeys toe die op één apparaat blijven. Ga terug en kies de gids “iPad met Microsoft Authenticator”.
stuck-iphone-icloud-save-passkey-saved-elsewhere = De passkey is in een andere app bewaard
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix = Kijk in Mijn beveiligingsgegevens: staat de passkey erbij, dan ben je klaar. Zo niet, probeer het opnieuw en kies “Wachtwoorden” als je iPhone vraagt waar je hem wilt bewaren.
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix-ipad = Kijk in Mijn beveiligingsgegevens: staat de passkey erbij, dan ben je klaar. Zo niet, probeer het opnieuw en kies “Wachtwoorden” als je iPad vraagt waar je hem wilt bewaren.
stuck-iphone-icloud-save-passkey-nothing-happens = Er gebeurt niets als ik op “Volgende” tik
stuck-iphone-icloud-save-passkey-nothing-happens-fix = Controleer of de pagina in Safari openstaat en of iCloud-sleutelhanger aanstaat. Begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

flow-iphone-icloud-name-it-title = Geef je passkey een naam
flow-iphone-icloud-name-it-body = Typ een naam die je herkent, zoals “Mijn iPhone”, en tik op “Volgende”. Tik daarna op “Gereed”. De passkey staat nu in je lijst met aanmeldingsmethoden.
flow-iphone-icloud-name-it-body-ipad = Typ een naam die je herkent, zoals “Mijn iPad”, en tik op “Volgende”. Tik daarna op “Gereed”. De passkey staat nu in je lijst met aanmeldingsmethoden.
stuck-iphone-icloud-name-it-closed-too-early = Ik heb de pagina gesloten voordat ik een naam had gegeven
stuck-iphone-icloud-name-it-closed-too-early-fix = Open Mijn beveiligingsgegevens. Staat de passkey erbij? Dan ben je klaar. Zo niet, begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

## samsung

flow-samsung-title = Samsung Galaxy met Microsoft Authenticator
flow-samsung-summary = Je krijgt een passkey in de Microsoft Authenticator-app op je Galaxy, zodat je kunt inloggen met je vingerafdruk, gezicht of pincode. Het duurt ongeveer 5 minuten.

flow-samsung-update-title = Werk je Galaxy bij
flow-samsung-update-body = Je telefoon heeft Android 14 of nieuwer nodig. Open “Instellingen” { -then } “Software-update” { -then } “Downloaden en installeren” en installeer een update als die er staat.
stuck-samsung-update-os-too-old = Mijn telefoon kan niet bijwerken naar Android 14
stuck-samsung-update-os-too-old-fix = Deze telefoon kan geen passkey in Authenticator bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-samsung-update-which-version = Ik weet niet welke Android-versie ik heb
stuck-samsung-update-which-version-fix = Open “Instellingen” { -then } “Telefooninfo” { -then } “Software-informatie” en kijk bij “Android-versie”.

flow-samsung-install-authenticator-title = Voeg je werkaccount toe aan Authenticator
flow-samsung-install-authenticator-body = Installeer “Microsoft Authenticator” uit de Play Store, open de app en doorloop de eerste schermen. Tik op “Werk- of schoolaccount toevoegen” (of “Account toevoegen”, of “+” { -then } “Werk- of schoolaccount”), dan op “Aanmelden”, en log in met je werkaccount van { $company }. Staat je werkaccount er al? Tik erop en dan op “Wachtwoordsleutel maken” (Create a passkey).
stuck-samsung-install-authenticator-work-profile = Mijn telefoon heeft een werkprofiel (apps met een koffertje)
stuck-samsung-install-authenticator-work-profile-fix = Een passkey werkt alleen in het profiel waarin hij is bewaard. Gebruik Authenticator in het profiel met je werk-apps. Gebruik je werk-apps in beide profielen? Maak dan in elk profiel een passkey aan.
stuck-samsung-install-authenticator-account-already-added = Authenticator toont mijn werkaccount al
stuck-samsung-install-authenticator-account-already-added-fix = Tik op je werkaccount, dan op “Wachtwoordsleutel maken” en ga verder met de volgende stap.
stuck-samsung-install-authenticator-cant-sign-in = Authenticator vraagt me te bewijzen dat ik het ben, en dat lukt niet
stuck-samsung-install-authenticator-cant-sign-in-fix = Vraag de IT-afdeling van { $company } om een tijdelijke toegangspas (Temporary Access Pass). Typ die in als Authenticator erom vraagt.

flow-samsung-enable-provider-title = Maak Authenticator je passkey-app
flow-samsung-enable-provider-body = Open “Instellingen” { -then } “Algemeen beheer” { -then } “Wachtwoorden, toegangssleutels en automatisch invullen” (Passwords, passkeys and autofill) en zet “Authenticator” aan. Samsung Pass mag aan blijven. Ga daarna terug naar Authenticator.
stuck-samsung-enable-provider-menu-missing = Ik kan “Wachtwoorden, toegangssleutels en automatisch invullen” niet vinden
stuck-samsung-enable-provider-menu-missing-fix = Open “Instellingen”, tik op het zoeksymbool en typ “toegangssleutels”. De naam van het menu verschilt een beetje per telefoonversie.
stuck-samsung-enable-provider-authenticator-not-listed = Authenticator staat niet in de lijst of gaat niet aan
stuck-samsung-enable-provider-authenticator-not-listed-fix = Werk Authenticator bij in de Play Store, open de app één keer en kijk opnieuw. Gaat hij op Android 14 nog steeds niet aan? Werk je telefoon dan bij naar Android 15.

flow-samsung-open-security-info-title = Controleer het bij Beveiligingsgegevens
flow-samsung-open-security-info-body = Open Beveiligingsgegevens in Chrome of Samsung Internet en log in met je account van { $company }. Je nieuwe passkey staat in de lijst met aanmeldingsmethoden. Kom daarna terug naar deze gids en tik op “Ik ben klaar”.
stuck-samsung-open-security-info-in-app-browser = De pagina ging open in Outlook of Teams
stuck-samsung-open-security-info-in-app-browser-fix = Open de pagina in Chrome of Samsung Internet: gebruik de optie van de app om de link in je browser te openen, of typ zelf aka.ms/mysecurityinfo.
stuck-samsung-open-security-info-no-passkey-option = Mijn passkey staat niet in de lijst
stuck-samsung-open-security-info-no-passkey-option-fix = Laad de pagina opnieuw. Staat hij er nog steeds niet? Controleer dan in Authenticator of je werkaccount “Wachtwoordsleutel” toont. Zo niet, ga dan terug naar de stap “Laat Authenticator de passkey aanmaken”.
stuck-samsung-open-security-info-sign-in-loop = Ik moet steeds inloggen met een passkey die ik nog niet heb
stuck-samsung-open-security-info-sign-in-loop-fix = Dat komt door een instelling bij { $company }. Neem contact op met IT, vraag om een tijdelijke toegangspas en probeer het daarna opnieuw.

flow-samsung-create-in-app-title = Laat Authenticator de passkey aanmaken
flow-samsung-create-in-app-body = Authenticator maakt nu je passkey aan. Beantwoord de inlogcontroles die de app toont. Vraagt de app om een schermvergrendeling? Tik dan op “Instellingen”, stel er een in en kom terug. Vraagt de app om hem voor passkeys aan te zetten? Tik dan op “Instellingen”: de volgende stap laat zien wat je daar aanzet.
stuck-samsung-create-in-app-samsung-pass-appears = Samsung Pass verschijnt om de passkey te bewaren
stuck-samsung-create-in-app-samsung-pass-appears-fix = Bewaar hem niet in Samsung Pass. Tik op “Op een andere manier opslaan” (Save another way; op sommige telefoons “Andere opties”) en kies “Authenticator”. Wordt Authenticator niet aangeboden? Controleer dan de stap “Maak Authenticator je passkey-app”.
stuck-samsung-create-in-app-saved-in-samsung-pass = Ik heb hem per ongeluk in Samsung Pass bewaard
stuck-samsung-create-in-app-saved-in-samsung-pass-fix = Open Beveiligingsgegevens en verwijder die passkey. Tik daarna in Authenticator op je werkaccount { -then } “Wachtwoordsleutel maken” en kies “Authenticator” als wordt gevraagd waar je hem wilt bewaren.
stuck-samsung-create-in-app-no-screen-lock = Er staat dat ik een schermvergrendeling nodig heb
stuck-samsung-create-in-app-no-screen-lock-fix = Open “Instellingen”, zoek naar “Type schermvergrendeling” en kies een pincode, patroon of wachtwoord. Ga daarna terug naar Authenticator.
stuck-samsung-create-in-app-passkey-already-exists = Er staat dat er al een passkey bestaat
stuck-samsung-create-in-app-passkey-already-exists-fix = Tik in Authenticator op je account { -then } “Instellingen” { -then } “Wachtwoordsleutel verwijderen” (Delete passkey) en tik dan opnieuw op “Wachtwoordsleutel maken”.

flow-samsung-finish-title = Rond af in Authenticator
flow-samsung-finish-body = Tik terug in Authenticator op “Gereed”. Je werkaccount toont nu “Wachtwoordsleutel” als aanmeldingsmethode. Tik nog een keer op “Gereed”.
stuck-samsung-finish-passkey-not-found = Mijn account toont geen “Wachtwoordsleutel”
stuck-samsung-finish-passkey-not-found-fix = Controleer de vorige stap: Authenticator moet aanstaan voor passkeys. Tik daarna opnieuw op je werkaccount { -then } “Wachtwoordsleutel maken”.
stuck-samsung-finish-page-timed-out = Authenticator gaf een time-out of heeft me uitgelogd
stuck-samsung-finish-page-timed-out-fix = Open Authenticator opnieuw, tik op je werkaccount en dan op “Wachtwoordsleutel maken”.

## android

flow-android-title = Android-telefoon met Google Wachtwoordmanager
flow-android-summary = Je krijgt een passkey in Google Wachtwoordmanager, die ook werkt op je andere apparaten waarop je met hetzelfde Google-account bent ingelogd. Het duurt ongeveer 3 minuten.

flow-android-screen-lock-title = Controleer je schermvergrendeling
flow-android-screen-lock-body = Je telefoon heeft Android 9 of nieuwer en een schermvergrendeling nodig. Open “Instellingen”, zoek naar “Schermvergrendeling” en kies een pincode, patroon of wachtwoord als je er nog geen hebt.
stuck-android-screen-lock-os-too-old = Mijn telefoon heeft Android 8 of ouder
stuck-android-screen-lock-os-too-old-fix = Deze telefoon kan geen passkeys bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-android-screen-lock-which-version = Ik weet niet welke Android-versie ik heb
stuck-android-screen-lock-which-version-fix = Open “Instellingen” { -then } “Over de telefoon” en kijk bij “Android-versie”.

flow-android-check-google-title = Controleer Google Wachtwoordmanager
flow-android-check-google-body = Zorg dat je op deze telefoon bent ingelogd met je Google-account. Op Android 14 of nieuwer open je “Instellingen”, zoek je naar “toegangssleutels” en controleer je of “Google” is gekozen of aanstaat.
stuck-android-check-google-no-google-account = Er staat geen Google-account op deze telefoon
stuck-android-check-google-no-google-account-fix = Open “Instellingen”, zoek naar “Accounts” en voeg je Google-account toe. Wil je Google liever niet gebruiken? Ga dan terug en kies een andere manier.
stuck-android-check-google-other-app-preferred = Een andere app is ingesteld als mijn wachtwoord-app
stuck-android-check-google-other-app-preferred-fix = Die app probeert de passkey misschien zelf te bewaren. Kies “Google” als je telefoon vraagt waar je hem wilt bewaren.
stuck-android-check-google-work-profile = Mijn telefoon heeft een werkprofiel (apps met een koffertje)
stuck-android-check-google-work-profile-fix = Een passkey werkt alleen in het profiel waarin hij is bewaard. Open de volgende stap in de browser van het profiel dat je voor je werk gebruikt.

flow-android-open-security-info-title = Begin bij Mijn beveiligingsgegevens
flow-android-open-security-info-body = Open Mijn beveiligingsgegevens (aka.ms/mysecurityinfo) in Chrome en log in met je account van { $company }. Tik op “+ Aanmeldingsmethode toevoegen” { -then } “Wachtwoordsleutel” (Passkey) en dan op “Volgende”.
stuck-android-open-security-info-in-app-browser = De pagina ging open in Outlook of Teams
stuck-android-open-security-info-in-app-browser-fix = Vanuit een andere app kun je vaak geen passkey bewaren. Gebruik de optie van de app om de link in je browser te openen, of typ zelf aka.ms/mysecurityinfo in Chrome.
stuck-android-open-security-info-no-passkey-option = Ik zie “Wachtwoordsleutel” niet in de lijst
stuck-android-open-security-info-no-passkey-option-fix = Misschien heeft { $company } passkeys nog niet voor je aangezet. Neem contact op met IT en vraag welk soort passkey je moet gebruiken.
stuck-android-open-security-info-only-authenticator = Ik zie alleen “Wachtwoordsleutel in Microsoft Authenticator”
stuck-android-open-security-info-only-authenticator-fix = { $company } wil dat je passkey in Microsoft Authenticator staat. Ga terug en kies de gids “Android-telefoon met Microsoft Authenticator”.

flow-android-save-passkey-title = Bewaar de passkey
flow-android-save-passkey-body = Biedt je telefoon aan een passkey te maken? Controleer dan of er Google Wachtwoordmanager staat en tik op “Doorgaan”. Ontgrendel met je vingerafdruk, gezicht of schermvergrendeling.
stuck-android-save-passkey-not-allowed = Er staat dat mijn organisatie deze passkey niet toestaat
stuck-android-save-passkey-not-allowed-fix = { $company } staat alleen passkeys toe die op één apparaat blijven. Ga terug en kies de gids “Android-telefoon met Microsoft Authenticator”.
stuck-android-save-passkey-other-app-offered = Een andere app biedt aan hem te bewaren
stuck-android-save-passkey-other-app-offered-fix = Tik op “Op een andere manier opslaan” (Save another way; of “Andere opties”) en kies “Google Wachtwoordmanager”.
stuck-android-save-passkey-nothing-happens = Er verschijnt niets
stuck-android-save-passkey-nothing-happens-fix = Controleer of de pagina in Chrome openstaat en of je schermvergrendeling aanstaat. Werk Chrome en Google Play-services bij in de Play Store en begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

flow-android-name-it-title = Geef je passkey een naam
flow-android-name-it-body = Typ een naam die je herkent, zoals “Mijn telefoon”, en tik op “Volgende”. Tik daarna op “Gereed”. De passkey staat nu in je lijst met aanmeldingsmethoden.
stuck-android-name-it-closed-too-early = Ik heb de pagina gesloten voordat ik een naam had gegeven
stuck-android-name-it-closed-too-early-fix = Open Mijn beveiligingsgegevens. Staat de passkey erbij? Dan ben je klaar. Zo niet, begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

## android-authenticator

flow-android-authenticator-title = Android-telefoon met Microsoft Authenticator
flow-android-authenticator-summary = Je krijgt een passkey in de Microsoft Authenticator-app op je telefoon, zodat je kunt inloggen met je vingerafdruk, gezicht of pincode. Het duurt ongeveer 5 minuten.

flow-android-authenticator-update-title = Werk je telefoon bij
flow-android-authenticator-update-body = Je telefoon heeft Android 14 of nieuwer nodig. Open “Instellingen”, zoek naar “Systeemupdate” en installeer een update als die er staat.
stuck-android-authenticator-update-os-too-old = Mijn telefoon kan niet bijwerken naar Android 14
stuck-android-authenticator-update-os-too-old-fix = Deze telefoon kan geen passkey in Authenticator bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-android-authenticator-update-which-version = Ik weet niet welke Android-versie ik heb
stuck-android-authenticator-update-which-version-fix = Open “Instellingen” { -then } “Over de telefoon” en kijk bij “Android-versie”.

flow-android-authenticator-install-authenticator-title = Voeg je werkaccount toe aan Authenticator
flow-android-authenticator-install-authenticator-body = Installeer “Microsoft Authenticator” uit de Play Store, open de app en doorloop de eerste schermen. Tik op “Werk- of schoolaccount toevoegen” (of “Account toevoegen”, of “+” { -then } “Werk- of schoolaccount”), dan op “Aanmelden”, en log in met je werkaccount van { $company }. Staat je werkaccount er al? Tik erop en dan op “Wachtwoordsleutel maken” (Create a passkey).
stuck-android-authenticator-install-authenticator-work-profile = Mijn telefoon heeft een werkprofiel (apps met een koffertje)
stuck-android-authenticator-install-authenticator-work-profile-fix = Een passkey werkt alleen in het profiel waarin hij is bewaard. Gebruik Authenticator in het profiel met je werk-apps. Gebruik je werk-apps in beide profielen? Maak dan in elk profiel een passkey aan.
stuck-android-authenticator-install-authenticator-account-already-added = Authenticator toont mijn werkaccount al
stuck-android-authenticator-install-authenticator-account-already-added-fix = Tik op je werkaccount, dan op “Wachtwoordsleutel maken” en ga verder met de volgende stap.
stuck-android-authenticator-install-authenticator-cant-sign-in = Authenticator vraagt me te bewijzen dat ik het ben, en dat lukt niet
stuck-android-authenticator-install-authenticator-cant-sign-in-fix = Vraag de IT-afdeling van { $company } om een tijdelijke toegangspas (Temporary Access Pass). Typ die in als Authenticator erom vraagt.

flow-android-authenticator-enable-provider-title = Laat Authenticator passkeys bewaren
flow-android-authenticator-enable-provider-body = Open “Instellingen” { -then } “Wachtwoorden en accounts”. Zet onder “Aanvullende providers” (Additional providers) “Authenticator” aan. Ga daarna terug naar Authenticator.
stuck-android-authenticator-enable-provider-menu-missing = De menu’s op mijn telefoon zien er anders uit
stuck-android-authenticator-enable-provider-menu-missing-fix = Open “Instellingen”, tik op de zoekbalk en typ “toegangssleutels”. Open het resultaat over wachtwoorden en toegangssleutels en zet “Authenticator” aan.
stuck-android-authenticator-enable-provider-authenticator-not-listed = Authenticator staat niet in de lijst of gaat niet aan
stuck-android-authenticator-enable-provider-authenticator-not-listed-fix = Werk Authenticator bij in de Play Store, open de app één keer en kijk opnieuw. Gaat hij op Android 14 nog steeds niet aan? Werk je telefoon dan bij naar Android 15.

flow-android-authenticator-open-security-info-title = Controleer het bij Beveiligingsgegevens
flow-android-authenticator-open-security-info-body = Open Beveiligingsgegevens in Chrome en log in met je account van { $company }. Je nieuwe passkey staat in de lijst met aanmeldingsmethoden. Kom daarna terug naar deze gids en tik op “Ik ben klaar”.
stuck-android-authenticator-open-security-info-in-app-browser = De pagina ging open in Outlook of Teams
stuck-android-authenticator-open-security-info-in-app-browser-fix = Open de pagina in Chrome: gebruik de optie van de app om de link in je browser te openen, of typ zelf aka.ms/mysecurityinfo in Chrome.
stuck-android-authenticator-open-security-info-no-passkey-option = Mijn passkey staat niet in de lijst
stuck-android-authenticator-open-security-info-no-passkey-option-fix = Laad de pagina opnieuw. Staat hij er nog steeds niet? Controleer dan in Authenticator of je werkaccount “Wachtwoordsleutel” toont. Zo niet, ga dan terug naar de stap “Laat Authenticator de passkey aanmaken”.
stuck-android-authenticator-open-security-info-sign-in-loop = Ik moet steeds inloggen met een passkey die ik nog niet heb
stuck-android-authenticator-open-security-info-sign-in-loop-fix = Dat komt door een instelling bij { $company }. Neem contact op met IT, vraag om een tijdelijke toegangspas en probeer het daarna opnieuw.

flow-android-authenticator-create-in-app-title = Laat Authenticator de passkey aanmaken
flow-android-authenticator-create-in-app-body = Authenticator maakt nu je passkey aan. Beantwoord de inlogcontroles die de app toont. Vraagt de app om een schermvergrendeling? Tik dan op “Instellingen”, stel er een in en kom terug. Vraagt de app om hem voor passkeys aan te zetten? Tik dan op “Instellingen”: de volgende stap laat zien wat je daar aanzet.
stuck-android-authenticator-create-in-app-other-app-offered = Google Wachtwoordmanager of een andere app biedt aan hem te bewaren
stuck-android-authenticator-create-in-app-other-app-offered-fix = Bewaar hem daar niet. Tik op “Op een andere manier opslaan” (Save another way; of “Andere opties”) en kies “Authenticator”. Wordt Authenticator niet aangeboden? Controleer dan de stap “Laat Authenticator passkeys bewaren”.
stuck-android-authenticator-create-in-app-no-screen-lock = Er staat dat ik een schermvergrendeling nodig heb
stuck-android-authenticator-create-in-app-no-screen-lock-fix = Open “Instellingen”, zoek naar “Schermvergrendeling” en kies een pincode, patroon of wachtwoord. Ga daarna terug naar Authenticator.
stuck-android-authenticator-create-in-app-passkey-already-exists = Er staat dat er al een passkey bestaat
stuck-android-authenticator-create-in-app-passkey-already-exists-fix = Tik in Authenticator op je account { -then } “Instellingen” { -then } “Wachtwoordsleutel verwijderen” (Delete passkey) en tik dan opnieuw op “Wachtwoordsleutel maken”.
stuck-android-authenticator-create-in-app-registration-failed = Er staat dat de passkey niet kon worden toegevoegd
stuck-android-authenticator-create-in-app-registration-failed-fix = Wacht een minuut en probeer het opnieuw; de controle op de achtergrond is soms druk. Mislukt het weer? Neem contact op met de IT-afdeling van { $company } en geef de precieze melding door.

flow-android-authenticator-finish-title = Rond af in Authenticator
flow-android-authenticator-finish-body = Tik terug in Authenticator op “Gereed”. Je werkaccount toont nu “Wachtwoordsleutel” als aanmeldingsmethode. Tik nog een keer op “Gereed”.
stuck-android-authenticator-finish-passkey-not-found = Mijn account toont geen “Wachtwoordsleutel”
stuck-android-authenticator-finish-passkey-not-found-fix = Controleer de vorige stap: Authenticator moet aanstaan voor passkeys. Tik daarna opnieuw op je werkaccount { -then } “Wachtwoordsleutel maken”.
stuck-android-authenticator-finish-page-timed-out = Authenticator gaf een time-out of heeft me uitgelogd
stuck-android-authenticator-finish-page-timed-out-fix = Open Authenticator opnieuw, tik op je werkaccount en dan op “Wachtwoordsleutel maken”.

## windows-hello

flow-windows-hello-title = Windows-pc met Windows Hello
flow-windows-hello-summary = Je krijgt een passkey die op deze pc blijft en die je ontgrendelt met je gezicht, vingerafdruk of pincode via Windows Hello. Het duurt ongeveer 3 minuten.

flow-windows-hello-set-up-hello-title = Stel Windows Hello in
flow-windows-hello-set-up-hello-body = Open “Instellingen” { -then } “Accounts” { -then } “Aanmeldingsopties”. Heb je nog geen pincode? Kies dan “Pincode (Windows Hello)” { -then } “Instellen”. Je kunt daar ook je gezicht of vingerafdruk toevoegen.
stuck-windows-hello-set-up-hello-greyed-out = De opties voor Windows Hello zijn grijs
stuck-windows-hello-set-up-hello-greyed-out-fix = Je pc wordt misschien beheerd door { $company }. Neem contact op met IT en vraag of ze Windows Hello willen toestaan, of ga terug en kies een andere manier.
stuck-windows-hello-set-up-hello-no-face-or-fingerprint = Mijn pc kan niet inloggen met gezicht of vingerafdruk
stuck-windows-hello-set-up-hello-no-face-or-fingerprint-fix = Geen probleem: een Windows Hello-pincode is genoeg.
stuck-windows-hello-set-up-hello-old-windows = Mijn pc is al een tijd niet bijgewerkt
stuck-windows-hello-set-up-hello-old-windows-fix = Open “Instellingen” { -then } “Windows Update” { -then } “Controleren op updates”, installeer wat wordt aangeboden en start daarna opnieuw op.

flow-windows-hello-open-security-info-title = Begin bij Mijn beveiligingsgegevens
flow-windows-hello-open-security-info-body = Open Mijn beveiligingsgegevens (aka.ms/mysecurityinfo) in Microsoft Edge of Chrome en log in met je account van { $company }. Kies “+ Aanmeldingsmethode toevoegen” { -then } “Wachtwoordsleutel” (Passkey) en dan “Volgende”.
stuck-windows-hello-open-security-info-no-passkey-option = Ik zie “Wachtwoordsleutel” niet in de lijst
stuck-windows-hello-open-security-info-no-passkey-option-fix = Misschien heeft { $company } passkeys nog niet voor je aangezet. Neem contact op met IT en vraag welk soort passkey je moet gebruiken.
stuck-windows-hello-open-security-info-only-authenticator = Ik zie alleen “Wachtwoordsleutel in Microsoft Authenticator”
stuck-windows-hello-open-security-info-only-authenticator-fix = { $company } wil dat je passkey in Microsoft Authenticator op je telefoon staat. Ga terug en kies de gids voor een computer en een telefoon.

flow-windows-hello-save-passkey-title = Bewaar hem op deze pc
flow-windows-hello-save-passkey-body = Windows toont “Je wachtwoordsleutel opslaan” (Save your passkey) met “Deze wordt opgeslagen op je Windows-apparaat”. Kies “OK” en bevestig met je gezicht, vingerafdruk of pincode. (Staat er een andere plek? Kies dan “Wijzigen” en kies dit Windows-apparaat.)
flow-windows-hello-save-passkey-body-windows10 = Een venster van Windows-beveiliging vraagt je te bevestigen met Windows Hello. Gebruik je gezicht, vingerafdruk of pincode zoals gevraagd en bewaar de passkey op deze pc.
stuck-windows-hello-save-passkey-no-windows-option = “Dit Windows-apparaat” wordt niet aangeboden
stuck-windows-hello-save-passkey-no-windows-option-fix = Stel eerst een Windows Hello-pincode in (stap 1) en begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.
stuck-windows-hello-save-passkey-browser-offers-other-app = Mijn browser wil hem in een wachtwoordmanager bewaren
stuck-windows-hello-save-passkey-browser-offers-other-app-fix = Kies “Op een andere manier opslaan” (Save another way; of “Meer opties”) en kies de optie voor Windows Hello of dit Windows-apparaat.
stuck-windows-hello-save-passkey-already-registered = Er staat dat er al een passkey is geregistreerd
stuck-windows-hello-save-passkey-already-registered-fix = Op een computer van { $company } is Windows Hello misschien al ingesteld voor je werkaccount, en Windows kan daar geen tweede passkey voor bewaren. Je kunt op deze pc al inloggen met Windows Hello; kies voor andere apparaten de gids voor je telefoon.
stuck-windows-hello-save-passkey-not-allowed = Er staat dat deze passkey niet is toegestaan
stuck-windows-hello-save-passkey-not-allowed-fix = { $company } staat passkeys in Windows Hello misschien nog niet toe. Neem contact op met IT, of ga terug en kies een andere manier.

flow-windows-hello-name-it-title = Geef je passkey een naam
flow-windows-hello-name-it-body = Typ een naam die je herkent, zoals “Mijn laptop”, en kies “Volgende”. Kies daarna “Gereed”. De passkey staat nu in je lijst met aanmeldingsmethoden.
stuck-windows-hello-name-it-closed-too-early = Ik heb de pagina gesloten voordat ik een naam had gegeven
stuck-windows-hello-name-it-closed-too-early-fix = Open Mijn beveiligingsgegevens. Staat de passkey erbij? Dan ben je klaar. Zo niet, begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

## mac

flow-mac-title = Mac met iCloud-sleutelhanger
flow-mac-summary = Je krijgt een passkey in iCloud-sleutelhanger, die je ontgrendelt met Touch ID of je Mac-wachtwoord en die ook klaarstaat op je andere Apple-apparaten. Het duurt ongeveer 3 minuten.

flow-mac-update-title = Werk je Mac bij
flow-mac-update-body = Je Mac heeft macOS 13 Ventura of nieuwer nodig. Kies Apple-menu { -then } “Systeeminstellingen” { -then } “Algemeen” { -then } “Software-update” en installeer een update als die er staat.
stuck-mac-update-os-too-old = Mijn Mac kan niet bijwerken naar macOS 13
stuck-mac-update-os-too-old-fix = Deze Mac kan geen passkeys bewaren. Ga terug en kies de gids voor een computer en een telefoon, of vraag de IT-afdeling van { $company } welke andere manier je kunt gebruiken.
stuck-mac-update-which-version = Ik weet niet welke macOS-versie ik heb
stuck-mac-update-which-version-fix = Kies Apple-menu { -then } “Over deze Mac” en kijk naar het versienummer.

flow-mac-icloud-keychain-title = Zet iCloud-sleutelhanger aan
flow-mac-icloud-keychain-body = Kies Apple-menu { -then } “Systeeminstellingen” { -then } je naam { -then } “iCloud” { -then } “Wachtwoorden” en zet “Synchroniseer deze Mac” aan. Klik in macOS Sonoma of ouder op “Wachtwoorden en sleutelhanger” in plaats van “Wachtwoorden”.
flow-mac-icloud-keychain-body-macos14 = Kies Apple-menu { -then } “Systeeminstellingen” { -then } je naam { -then } “iCloud” { -then } “Wachtwoorden en sleutelhanger” en zet “Synchroniseer deze Mac” aan.
stuck-mac-icloud-keychain-no-apple-account = Ik ben niet ingelogd met een Apple Account
stuck-mac-icloud-keychain-no-apple-account-fix = Klik bovenaan in “Systeeminstellingen” op “Log in” en log in. Wil je iCloud liever niet gebruiken? Ga dan terug en kies een andere manier.
stuck-mac-icloud-keychain-two-factor-needed = Er staat dat ik twee-factor-authenticatie nodig heb
stuck-mac-icloud-keychain-two-factor-needed-fix = Kies Apple-menu { -then } “Systeeminstellingen” { -then } je naam { -then } “Inloggen en beveiliging” en zet “Twee-factor-authenticatie” aan. Zet daarna “Synchroniseer deze Mac” aan.

flow-mac-open-security-info-title = Begin bij Mijn beveiligingsgegevens
flow-mac-open-security-info-body = Open Mijn beveiligingsgegevens (aka.ms/mysecurityinfo) in Safari en log in met je account van { $company }. Klik op “+ Aanmeldingsmethode toevoegen” { -then } “Wachtwoordsleutel” (Passkey) en dan op “Volgende”.
stuck-mac-open-security-info-no-passkey-option = Ik zie “Wachtwoordsleutel” niet in de lijst
stuck-mac-open-security-info-no-passkey-option-fix = Misschien heeft { $company } passkeys nog niet voor je aangezet. Neem contact op met IT en vraag welk soort passkey je moet gebruiken.
stuck-mac-open-security-info-only-authenticator = Ik zie alleen “Wachtwoordsleutel in Microsoft Authenticator”
stuck-mac-open-security-info-only-authenticator-fix = { $company } wil dat je passkey in Microsoft Authenticator op je telefoon staat. Ga terug en kies de gids voor een computer en een telefoon.

flow-mac-save-passkey-title = Bewaar de passkey op je Mac
flow-mac-save-passkey-body = Biedt je Mac aan een passkey te bewaren? Klik dan op “Ga door” en gebruik Touch ID of je Mac-wachtwoord.
stuck-mac-save-passkey-chrome-other-place = Ik gebruik Chrome en die wil hem ergens anders bewaren
stuck-mac-save-passkey-chrome-other-place-fix = Kies “iCloud-sleutelhanger” als Chrome vraagt waar je hem wilt bewaren. Vraagt je Mac of Chrome je passkeys mag gebruiken? Sta dat dan toe. Of gebruik gewoon Safari.
stuck-mac-save-passkey-only-qr-code = Ik zie alleen een QR-code voor een telefoon
stuck-mac-save-passkey-only-qr-code-fix = Je Mac kan nog geen passkeys bewaren. Controleer of iCloud-sleutelhanger aanstaat (stap 2) en begin dan opnieuw in Safari.
stuck-mac-save-passkey-not-allowed = Er staat dat mijn organisatie deze passkey niet toestaat
stuck-mac-save-passkey-not-allowed-fix = { $company } staat alleen passkeys toe die op één apparaat blijven. Ga terug en kies de gids voor een computer en een telefoon.

flow-mac-name-it-title = Geef je passkey een naam
flow-mac-name-it-body = Typ een naam die je herkent, zoals “Mijn Mac”, en klik op “Volgende”. Klik daarna op “Gereed”. De passkey staat nu in je lijst met aanmeldingsmethoden.
stuck-mac-name-it-closed-too-early = Ik heb de pagina gesloten voordat ik een naam had gegeven
stuck-mac-name-it-closed-too-early-fix = Open Mijn beveiligingsgegevens. Staat de passkey erbij? Dan ben je klaar. Zo niet, begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

## security-key

flow-security-key-title = Beveiligingssleutel
flow-security-key-summary = Je registreert je beveiligingssleutel, zodat je kunt inloggen door hem in te steken (of ertegen te houden) en de pincode te typen. Het duurt ongeveer 5 minuten.

flow-security-key-get-key-title = Houd je beveiligingssleutel bij de hand
flow-security-key-get-key-body = Pak de beveiligingssleutel die je van { $company } hebt gekregen. Doe deze stappen op een Windows-pc of een Mac.
stuck-security-key-get-key-no-key = Ik heb geen beveiligingssleutel
stuck-security-key-get-key-no-key-fix = Vraag de IT-afdeling van { $company } om een sleutel, of ga terug en kies een andere manier.
stuck-security-key-get-key-doesnt-fit = De sleutel past niet in mijn computer
stuck-security-key-get-key-doesnt-fit-fix = Gebruik een verloopstuk tussen USB-C en USB-A, of vraag IT om een sleutel die past.
stuck-security-key-get-key-chromebook = Ik gebruik een Chromebook
stuck-security-key-get-key-chromebook-fix = Op een Chromebook kun je geen beveiligingssleutel toevoegen. Voeg hem één keer toe op een Windows-pc of een Mac.

flow-security-key-set-pin-title = Geef je sleutel een pincode
flow-security-key-set-pin-body = Je sleutel heeft een pincode nodig. Open in Windows “Instellingen” { -then } “Accounts” { -then } “Aanmeldingsopties” { -then } “Beveiligingssleutel” { -then } “Beheren”, steek de sleutel in en voeg een pincode toe. Heeft hij er al een? Sla deze stap dan over.
stuck-security-key-set-pin-on-a-mac = Ik gebruik een Mac
stuck-security-key-set-pin-on-a-mac-fix = Een Mac heeft hiervoor geen instelling. Stel de pincode in met de app van de fabrikant van de sleutel of op een Windows-pc, of vraag het de IT-afdeling van { $company }.
stuck-security-key-set-pin-forgot-pin = Ik ben de pincode van mijn sleutel vergeten
stuck-security-key-set-pin-forgot-pin-fix = Een vergeten pincode los je alleen op door de sleutel opnieuw in te stellen, en dan wordt alles erop gewist. Heb je de sleutel van { $company } gekregen? Vraag het dan eerst aan IT. Gebruik anders “Opnieuw instellen” (Reset) in hetzelfde venster “Beheren”.

flow-security-key-open-security-info-title = Begin bij Mijn beveiligingsgegevens
flow-security-key-open-security-info-body = Open op de computer Mijn beveiligingsgegevens (aka.ms/mysecurityinfo) en log in met je account van { $company }. Klik op “+ Aanmeldingsmethode toevoegen” { -then } “Wachtwoordsleutel” (Passkey) en dan op “Volgende”.
stuck-security-key-open-security-info-no-passkey-option = Ik zie “Wachtwoordsleutel” niet in de lijst
stuck-security-key-open-security-info-no-passkey-option-fix = Misschien heeft { $company } passkeys nog niet voor je aangezet. Neem contact op met IT en vraag welk soort passkey je moet gebruiken.
stuck-security-key-open-security-info-only-authenticator = Ik zie alleen “Wachtwoordsleutel in Microsoft Authenticator”
stuck-security-key-open-security-info-only-authenticator-fix = { $company } accepteert op dit moment geen beveiligingssleutels van jou. Neem contact op met IT, of ga terug en kies de gids voor een computer en een telefoon.

flow-security-key-choose-key-title = Kies “Beveiligingssleutel”
flow-security-key-choose-key-body = Wordt gevraagd waar je de passkey wilt bewaren? Kies dan “Beveiligingssleutel” { -then } “Volgende” en daarna “OK”. Op een Mac of in Chrome staat het misschien onder “Andere opties” (Other Options) of “Op een andere manier opslaan” (Save another way).
stuck-security-key-choose-key-no-key-option = Ik zie “Beveiligingssleutel” niet
stuck-security-key-choose-key-no-key-option-fix = Kijk onder “Andere opties”, “Meer opties” of “Op een andere manier opslaan”. Bewaar hem niet op de computer of je telefoon.
stuck-security-key-choose-key-saved-wrong-place = Ik heb hem per ongeluk op de computer of mijn telefoon bewaard
stuck-security-key-choose-key-saved-wrong-place-fix = Verwijder die passkey in Mijn beveiligingsgegevens, begin daarna opnieuw bij “+ Aanmeldingsmethode toevoegen” en kies “Beveiligingssleutel”.

flow-security-key-touch-key-title = Steek de sleutel in en raak hem aan
flow-security-key-touch-key-body = Steek je sleutel in (of houd hem tegen de lezer). Zegt de browser dat login.microsoft.com uitgebreide informatie over je beveiligingssleutel wil? Kies dan “Toestaan”. Typ de pincode van de sleutel en raak de sleutel aan als hij knippert.
stuck-security-key-touch-key-asks-new-pin = Er wordt gevraagd een pincode te maken
stuck-security-key-touch-key-asks-new-pin-fix = Kies een pincode die je onthoudt, van minstens 4 tekens, en typ hem twee keer. Je hebt hem elke keer nodig als je inlogt.
stuck-security-key-touch-key-key-not-allowed = Er staat dat deze beveiligingssleutel niet is toegestaan
stuck-security-key-touch-key-key-not-allowed-fix = { $company } accepteert alleen bepaalde sleutelmodellen. Neem contact op met IT en vertel welke sleutel je hebt.
stuck-security-key-touch-key-nothing-happens = Er gebeurt niets als ik de sleutel aanraak
stuck-security-key-touch-key-nothing-happens-fix = Haal de sleutel eruit, steek hem rechtstreeks in een andere poort (niet in een hub) en probeer het opnieuw.
stuck-security-key-touch-key-pin-wrong = Er staat dat de pincode onjuist of geblokkeerd is
stuck-security-key-touch-key-pin-wrong-fix = Haal de sleutel na een paar foute pogingen eruit en steek hem er opnieuw in. Na te veel pogingen moet de sleutel opnieuw worden ingesteld: zie “Ik ben de pincode van mijn sleutel vergeten” in stap 2.

flow-security-key-name-it-title = Geef je sleutel een naam
flow-security-key-name-it-body = Typ een naam die je herkent, zoals “Blauwe beveiligingssleutel”, en klik op “Volgende”. Klik daarna op “Gereed”. De sleutel staat nu in je lijst met aanmeldingsmethoden.
stuck-security-key-name-it-closed-too-early = Ik heb de pagina gesloten voordat ik een naam had gegeven
stuck-security-key-name-it-closed-too-early-fix = Open Mijn beveiligingsgegevens. Staat de sleutel erbij? Dan ben je klaar. Zo niet, begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

## cross-device

flow-cross-device-title = Computer en telefoon met Microsoft Authenticator
flow-cross-device-summary = Je krijgt een passkey in Microsoft Authenticator op je telefoon en gebruikt die om op deze computer in te loggen. Het duurt ongeveer 5 minuten.

flow-cross-device-prepare-phone-title = Maak je telefoon klaar
flow-cross-device-prepare-phone-body = Je telefoon heeft iOS 17 of nieuwer nodig, of Android 14 of nieuwer. Installeer “Microsoft Authenticator”, open de app en tik op “Werk- of schoolaccount toevoegen” om in te loggen met je account van { $company }.
stuck-cross-device-prepare-phone-os-too-old = Mijn telefoon kan niet zo ver worden bijgewerkt
stuck-cross-device-prepare-phone-os-too-old-fix = Deze telefoon kan geen passkey in Authenticator bewaren. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je kunt gebruiken.
stuck-cross-device-prepare-phone-cant-sign-in = Authenticator vraagt me te bewijzen dat ik het ben, en dat lukt niet
stuck-cross-device-prepare-phone-cant-sign-in-fix = Vraag de IT-afdeling van { $company } om een tijdelijke toegangspas (Temporary Access Pass). Typ die in als Authenticator erom vraagt.
stuck-cross-device-prepare-phone-work-profile = Mijn Android-telefoon heeft een werkprofiel (apps met een koffertje)
stuck-cross-device-prepare-phone-work-profile-fix = Gebruik Authenticator in het werkprofiel als je werk-apps daar staan. Een passkey werkt alleen in het profiel waarin hij is bewaard.

flow-cross-device-enable-provider-title = Laat Authenticator passkeys bewaren
flow-cross-device-enable-provider-body = iPhone: “Instellingen” { -then } “Algemeen” { -then } “Automatisch invullen en wachtwoorden” en zet “Authenticator” aan. Android: open “Instellingen”, zoek naar “toegangssleutels” en zet “Authenticator” aan.
stuck-cross-device-enable-provider-authenticator-not-listed = Authenticator staat niet in de lijst
stuck-cross-device-enable-provider-authenticator-not-listed-fix = Werk Authenticator bij, open de app één keer en kijk opnieuw. Gaat hij op Android 14 nog steeds niet aan? Werk de telefoon dan bij naar Android 15.
stuck-cross-device-enable-provider-menu-missing = Ik kan dat menu niet vinden op mijn iPhone
stuck-cross-device-enable-provider-menu-missing-fix = In iOS 17 staat het onder “Instellingen” { -then } “Wachtwoorden” { -then } “Wachtwoordopties”. Zet “Wachtwoorden en passkeys automatisch invullen” (AutoFill Passwords and Passkeys) aan en kies “Authenticator”.

flow-cross-device-open-security-info-title = Begin op de computer
flow-cross-device-open-security-info-body = Open op de computer Mijn beveiligingsgegevens (aka.ms/mysecurityinfo) en log in met je account van { $company }. Klik op “+ Aanmeldingsmethode toevoegen” { -then } “Wachtwoordsleutel in Microsoft Authenticator” (Passkey in Microsoft Authenticator) en volg de pagina.
stuck-cross-device-open-security-info-no-passkey-option = Ik zie “Wachtwoordsleutel in Microsoft Authenticator” niet
stuck-cross-device-open-security-info-no-passkey-option-fix = Misschien heeft { $company } dit nog niet voor je aangezet. Neem contact op met IT en vraag welk soort passkey je moet gebruiken.
stuck-cross-device-open-security-info-sign-in-loop = Ik moet steeds inloggen met een passkey die ik nog niet heb
stuck-cross-device-open-security-info-sign-in-loop-fix = Dat komt door een instelling bij { $company }. Neem contact op met IT, vraag om een tijdelijke toegangspas en probeer het daarna opnieuw.
stuck-cross-device-open-security-info-download-qr = De pagina toont een QR-code om de app te downloaden
stuck-cross-device-open-security-info-download-qr-fix = Staat Authenticator al op je telefoon? Klik dan gewoon op “Volgende”. Scan anders de code met de camera van je telefoon om de app te installeren.

flow-cross-device-create-on-phone-title = Maak de passkey aan op je telefoon
flow-cross-device-create-on-phone-body = Open Authenticator op je telefoon als de pagina dat aangeeft. Staat je werkaccount er al? Tik erop { -then } “Wachtwoordsleutel maken” (Create a passkey). Zo niet, tik dan op “Werk- of schoolaccount toevoegen” (of “+” { -then } “Werk- of schoolaccount”) { -then } “Aanmelden”. Beantwoord de inlogcontroles, tik op “Instellingen” als de app om een schermvergrendeling vraagt of om hem voor passkeys aan te zetten, en kom terug. Staat “Wachtwoordsleutel” onder je account? Tik dan op “Gereed” en daarna nog een keer op “Gereed”.
stuck-cross-device-create-on-phone-no-create-option = Ik zie “Wachtwoordsleutel maken” niet
stuck-cross-device-create-on-phone-no-create-option-fix = Werk Authenticator bij en controleer of je op je werkaccount hebt getikt. Staat het er nog steeds niet? Neem contact op met de IT-afdeling van { $company }.
stuck-cross-device-create-on-phone-no-screen-lock = Er staat dat ik een schermvergrendeling nodig heb
stuck-cross-device-create-on-phone-no-screen-lock-fix = Stel in de instellingen van je telefoon een toegangscode, pincode, patroon of wachtwoord in en ga daarna terug naar Authenticator.
stuck-cross-device-create-on-phone-passkey-already-exists = Er staat dat er al een passkey bestaat
stuck-cross-device-create-on-phone-passkey-already-exists-fix = Tik in Authenticator op je account { -then } “Instellingen” { -then } “Wachtwoordsleutel verwijderen” (Delete passkey) en tik dan opnieuw op “Wachtwoordsleutel maken”.
stuck-cross-device-create-on-phone-other-app-offered = Samsung Pass of een andere app biedt aan hem te bewaren
stuck-cross-device-create-on-phone-other-app-offered-fix = Bewaar hem daar niet. Tik op “Op een andere manier opslaan” (Save another way; of “Andere opties”) en kies “Authenticator”.

flow-cross-device-finish-title = Rond af op de computer
flow-cross-device-finish-body = Klik op de computer op “Volgende”. Wacht tot de pagina je passkey heeft gecontroleerd en klik dan op “Gereed”.
stuck-cross-device-finish-passkey-not-found = De pagina zegt dat mijn passkey niet te vinden is
stuck-cross-device-finish-passkey-not-found-fix = Controleer in Authenticator of “Wachtwoordsleutel” bij je werkaccount staat, en of het hetzelfde account is als op de computer. Klik daarna opnieuw op “Volgende”.
stuck-cross-device-finish-page-timed-out = De pagina is verlopen of heeft me uitgelogd
stuck-cross-device-finish-page-timed-out-fix = Open Mijn beveiligingsgegevens opnieuw en log in. Staat de passkey niet in de lijst? Begin dan opnieuw bij “+ Aanmeldingsmethode toevoegen”.

flow-cross-device-try-it-title = Log op de computer in met je telefoon
flow-cross-device-try-it-body = Zet Bluetooth aan op de computer en de telefoon. Kies bij het inloggen op de computer “Other ways to sign in” (Andere manieren om in te loggen) of “Sign-in options” (Aanmeldingsopties) { -then } “Gezicht, vingerafdruk, pincode of beveiligingssleutel”; in Windows 11 daarna “iPhone, iPad of Android-apparaat”. Scan de QR-code met de Camera-app van je telefoon en tik op “Sign in with passkey” (Inloggen met passkey) op een iPhone of op “Use passkey to sign in” (Passkey gebruiken om in te loggen) op Android.
stuck-cross-device-try-it-qr-wont-scan = Mijn telefoon scant de QR-code niet
stuck-cross-device-try-it-qr-wont-scan-fix = Gebruik de gewone Camera-app van je telefoon: op een iPhone kan de scanner in Authenticator deze code niet lezen. Zet het scherm van de computer feller en probeer het opnieuw.
stuck-cross-device-try-it-bluetooth-off = Er staat dat ik Bluetooth moet aanzetten
stuck-cross-device-try-it-bluetooth-off-fix = Zet Bluetooth op allebei aan: in Windows via “Instellingen” { -then } “Bluetooth en apparaten”, op een Mac via “Systeeminstellingen” { -then } “Bluetooth”, en op de telefoon in de instellingen. Houd de telefoon in de buurt van de computer.
stuck-cross-device-try-it-no-bluetooth = Mijn computer heeft geen Bluetooth, of het is geblokkeerd
stuck-cross-device-try-it-no-bluetooth-fix = Om met je telefoon in te loggen heeft de computer Bluetooth nodig. Neem contact op met de IT-afdeling van { $company } en vraag welke andere manier je op deze computer kunt gebruiken.
stuck-cross-device-try-it-nothing-after-scan = Ik heb de code gescand, maar er gebeurt niets
stuck-cross-device-try-it-nothing-after-scan-fix = Houd beide apparaten online en dicht bij elkaar, controleer Bluetooth op allebei en probeer het nog één keer. Blijft het mislukken op het kantoornetwerk? Neem dan contact op met de IT-afdeling van { $company }.
