## The frame around every page

# The arrow between the parts of a menu path (“Settings → General”). A right-to-left language
# points it the other way (←).
-then = →

language-name = Nederlands
guide-skip-to-content = Naar de stappen
guide-logo-alt = { $company }
guide-language = Taal
guide-help-heading = Hulp nodig?
guide-help-portal = Helpdeskportaal
guide-support-code = Bel je de helpdesk? Lees dan deze code voor:
guide-privacy = Deze gids gebruikt geen cookies en houdt niet bij wie je bent.

## Devices

device-iphone = iPhone
device-ipad = iPad
device-samsung = Samsung Galaxy
device-android = Android-telefoon
device-windows = Windows-pc
device-mac = Mac
device-chromeos = Chromebook
device-linux = Linux-computer
device-bot = Geautomatiseerde client
device-unknown = Onbekend apparaat

## Requirements of a walkthrough

requirement-min-os = { $system } { $version } of nieuwer
requirement-authenticator = De Microsoft Authenticator-app, ingelogd met je werkaccount
requirement-bluetooth = Bluetooth aan op beide apparaten
requirement-screen-lock = Een schermvergrendeling (pincode, vingerafdruk of gezicht)
requirement-screen-lock-mac = Touch ID, of het inlogwachtwoord van je Mac
requirement-screen-lock-windows = Windows Hello: je gezicht, vingerafdruk of pincode
requirement-screen-lock-apple = Een toegangscode, met Face ID of Touch ID
requirement-security-key = Je beveiligingssleutel
requirement-phone = Je telefoon, binnen handbereik

## Landing page

guide-title = Inloggen bij { $company } zonder wachtwoord
guide-lead = Met een passkey log je in met je gezicht, vingerafdruk of pincode in plaats van een wachtwoord. Instellen duurt ongeveer vijf minuten.
guide-detected = Je gebruikt: { $device }.
guide-detected-with-version = Je gebruikt: { $device } ({ $system } { $version }).
guide-detected-unknown = We konden niet zien welk apparaat je gebruikt.
guide-not-your-device = Niet jouw apparaat?
guide-recommended = Aanbevolen voor jou
guide-you-need = Dit heb je nodig
guide-step-count = { $count ->
    [one] Eén stap
   *[other] { $count } stappen
}
guide-start = Beginnen
guide-start-after-update = Werk eerst bij en open deze link daarna opnieuw: de gids begint hier.
guide-refused-title = ‘{ $flow }’ is niet beschikbaar bij je organisatie
guide-refused-synced = { $company } staat alleen passkeys toe die op één apparaat blijven, dus een passkey in een gesynchroniseerde wachtwoordmanager zou niet werken. Volg in plaats daarvan de gids hieronder.
guide-refused-attestation = { $company } accepteert alleen passkeys waarvan merk en model te controleren zijn, en deze manier van opslaan kan dat niet bewijzen. Volg in plaats daarvan de gids hieronder.
guide-refused-authenticator-only = { $company } accepteert alleen passkeys in Microsoft Authenticator. Volg in plaats daarvan de gids hieronder.
guide-refused-windows-hello-off = { $company } heeft passkeys in Windows Hello nog niet ingeschakeld. Volg in plaats daarvan de gids hieronder.
guide-refused-device-bound = { $company } accepteert alleen gesynchroniseerde passkeys, en een passkey die je op deze manier opslaat, wordt niet gesynchroniseerd. Volg in plaats daarvan de gids hieronder.
guide-refused-key-restrictions = { $company } accepteert alleen passkeys uit goedgekeurde apps en beveiligingssleutels, en deze hoort daar niet bij. Volg in plaats daarvan de gids hieronder.
guide-browser-title = Gebruik hiervoor Chrome of Edge
guide-browser-linux-firefox = Firefox op Linux kan geen passkey van je telefoon gebruiken. Open deze pagina in Chrome of Microsoft Edge en meld je daar aan bij Beveiligingsgegevens.
guide-pick-device = Kies je apparaat, dan laten we je precies zien welke stappen je moet volgen.
guide-no-way-here = De passkey-instellingen van { $company } staan op dit apparaat geen passkey toe. Kies een ander apparaat dat je gebruikt, zoals je telefoon, of neem contact op met de helpdesk hieronder.
guide-choose-device = Kies je apparaat
guide-qr-title = Of ga verder op je telefoon
guide-qr-body = Richt de camera van je telefoon op deze code om deze gids daar te openen.
guide-qr-alt = QR-code die deze gids op je telefoon opent
guide-phone-flow-title = Doe dit op je telefoon
guide-phone-flow-body = Deze stappen doe je op je telefoon. Scan deze code met de camera van je telefoon, of typ de link hieronder in de browser ervan: daar opent dezelfde gids.
guide-other-ways = Andere manieren om een passkey in te stellen

## Opened inside another app

inapp-title = Open deze pagina eerst in je browser
inapp-why = Je hebt deze link in een andere app geopend. Daar kun je geen passkey aanmaken.
inapp-outlook-ios = Tik in Outlook rechtsboven op "•••" { -then } "Openen in Safari".
inapp-outlook-android = Tik in Outlook rechtsboven op "⋮" { -then } "Openen in browser".
inapp-teams-ios = Tik in Teams bovenaan op "•••" { -then } "Openen in Safari".
inapp-teams-android = Tik in Teams bovenaan op "⋮" { -then } "Openen in browser".
inapp-generic-ios = Tik op de deelknop of op "•••" { -then } "Open in Safari". Staat dat er niet? Kopieer dan het adres hieronder en plak het in Safari.
inapp-generic-android = Tik op "⋮" { -then } "Openen in Chrome" (of "Openen in browser"). Staat dat er niet? Kopieer dan het adres hieronder en plak het in Chrome.
inapp-copy-label = Adres van deze pagina

## System too old

update-title = Werk eerst je apparaat bij
update-body = Passkeys voor je werk hebben { $system } { $required } of nieuwer nodig, en dit apparaat heeft { $detected }.
update-how-ios = Open "Instellingen" { -then } "Algemeen" { -then } "Software-update", installeer de update en open deze link daarna opnieuw.
update-how-android = Open "Instellingen" { -then } "Software-update" (of "Systeem" { -then } "Systeemupdate"), installeer de update en open deze link daarna opnieuw.

## Step pages

step-progress = Stap { $number } van { $total }
step-open-security-info = Open Beveiligingsgegevens
step-handoff-note = Hiermee open je de pagina Beveiligingsgegevens van Microsoft in plaats van deze gids. Ben je daar klaar? Ga dan met de Terug-knop van je browser terug en tik op “Ik ben klaar”.
step-coming-next = Wat je daar ziet
step-back = Terug
step-next = Volgende
step-finish = Ik ben klaar
step-stuck = Ik kom er niet uit
step-nav = Stappen

illustration-settings-provider = Een instellingenscherm waarin de passkey-provider aanstaat
illustration-security-info-add = De pagina Beveiligingsgegevens van Microsoft met de knop "Aanmeldingsmethode toevoegen"
illustration-save-passkey = Het venster om de passkey te bewaren, dat om je gezicht, vingerafdruk of pincode vraagt
illustration-security-key-touch = Een vinger die een beveiligingssleutel in een laptop aanraakt
illustration-done = Een vinkje: de passkey is klaar
illustration-authenticator-account = Microsoft Authenticator met je werkaccount en de knop “Wachtwoordsleutel maken”
illustration-samsung-save-another-way = Samsung Pass dat aanbiedt de passkey te bewaren, met “Op een andere manier opslaan” onder de knop
illustration-ios-autofill-settings = iPhone-instellingen voor wachtwoorden en passkeys, waarin Authenticator aanstaat
illustration-android-passkey-providers = Android-instellingen voor wachtwoorden en passkeys, waarin Authenticator aanstaat
illustration-security-info-phone = Beveiligingsgegevens in de browser van de telefoon, met de knop “Aanmeldingsmethode toevoegen”
illustration-windows-save-passkey = Het Windows-venster “Je wachtwoordsleutel opslaan” met de knop “OK”
illustration-choose-security-key = Het Windows-venster “Kies waar je je wachtwoordsleutel wilt opslaan” waarin “Beveiligingssleutel” is gekozen
illustration-mac-save-passkey = Een Mac die aanbiedt de passkey met Touch ID te bewaren
illustration-cross-device-qr = Een QR-code op de computer, gescand met de Camera-app van de telefoon

## I'm stuck

stuck-title = Wat gaat er mis?
stuck-intro = Stap { $number }: { $step }. Kies wat je ziet, dan laten we zien wat je kunt doen.
stuck-something-else = Iets anders? Neem contact op met de helpdesk hieronder en geef ze de code onderaan deze pagina.
stuck-fix-heading = Wat je kunt doen
stuck-other-problems = Een ander probleem
stuck-back-to-step = Terug naar de stap
stuck-contact = Kom je er nog steeds niet uit? De helpdesk helpt je verder: de contactgegevens staan hieronder.
stuck-contact-generic = Kom je er nog steeds niet uit? Neem contact op met je IT-helpdesk en geef ze de code onderaan deze pagina.

## Done

done-confirm-title = Is het gelukt?
done-confirm-body = Staat je passkey nu op de pagina van Microsoft onder Beveiligingsgegevens? Dan ben je klaar.
done-confirm-yes = Ja, mijn passkey is ingesteld
done-confirm-no = Nee, er ging iets mis
done-title = Je bent klaar
done-body = Kies de volgende keer dat je inlogt bij { $company } voor “Other ways to sign in” (Andere manieren om in te loggen) of “Sign-in options” (Aanmeldingsopties) { -then } “Gezicht, vingerafdruk, pincode of beveiligingssleutel” en gebruik je gezicht, vingerafdruk of pincode.
done-test-title = Test het nu
done-test-body = Open een privévenster in je browser, ga naar aka.ms/mysecurityinfo en typ je zakelijke e-mailadres. Kies “Other ways to sign in” (Andere manieren om in te loggen) of “Sign-in options” (Aanmeldingsopties) { -then } “Gezicht, vingerafdruk, pincode of beveiligingssleutel” en gebruik je nieuwe passkey. Kom je erin? Dan is hij klaar voor elke keer dat je inlogt bij { $company }. Lukt het niet? Ga dan één pagina terug en tik op “Nee, er ging iets mis”.
done-next = Je kunt deze pagina sluiten.

## Device chooser

devices-title = Welk apparaat gebruik je?
devices-intro = Kies het apparaat waarmee je wilt inloggen. We laten je de stappen ervoor zien.
devices-all-ways = Alle manieren die je organisatie toestaat

## Errors

error-not-found-title = We konden die pagina niet vinden
error-not-found-body = Controleer of je de hele link uit je e-mail hebt geopend. Werkt het nog steeds niet? Vraag je IT-helpdesk om de juiste link.
error-forbidden-title = Je kunt deze pagina niet openen
error-forbidden-body = Log eerst in, of vraag je beheerder om toegang.
error-busy-title = Het is nu erg druk
error-busy-body = Wacht een paar seconden en probeer het opnieuw.
error-bad-request-title = Er klopte iets niet aan dat verzoek
error-bad-request-body = Ga terug en probeer het opnieuw. Blijft het gebeuren? Neem contact op met je IT-helpdesk.
error-internal-title = Er ging bij ons iets mis
error-internal-body = Probeer het over een minuut opnieuw. Blijft het gebeuren? Neem contact op met je IT-helpdesk en geef ze het verzoeknummer hieronder.
error-request-id = Verzoeknummer:

## Shown by the page script

guide-ipad-notice = Gebruik je een iPad? Je iPad doet zich bij websites voor als een Mac.
guide-ipad-link = Toon de stappen voor iPad
step-no-passkey-warning = Deze browser kan op dit apparaat geen passkey aanmaken. Controleer of er een schermvergrendeling is ingesteld, of kies een andere manier op de startpagina.

## Helpdesk runbook

runbook-title = Helpdeskgids: { $flow }
runbook-code-help = Bellers lezen een code zoals DEMO-IPH-IA-3 voor die onderaan hun pagina staat: organisatie, apparaat (IPH iPhone, IPD iPad, SAM Samsung, AND Android, WIN Windows, MAC Mac, CRO Chromebook, LNX Linux), stappenplan (IA iPhone + Authenticator, IC iCloud-sleutelhanger, SA Samsung, AN Google Wachtwoordmanager, AA Android + Authenticator, WH Windows Hello, MC Mac, SK beveiligingssleutel, XD computer + telefoon, CH nog niet gekozen) en stapnummer.
runbook-open-guide = Open de gids die de beller ziet
runbook-ask-heading = Vraag eerst
runbook-ask-device = Welk apparaat en welke systeemversie gebruik je? (Op een iPhone: Instellingen { -then } Algemeen { -then } Info.)
runbook-ask-code = Welke code staat onderaan je pagina?
runbook-ask-screen = Wat staat er precies op het scherm? Lees het woord voor woord voor.
runbook-ask-browser = Heb je de link geopend vanuit de e-mailapp, vanuit Teams of in een browser zoals Safari, Chrome of Edge?
runbook-steps-heading = Stappen en bekende problemen
runbook-step = Stap { $number }: { $title }
runbook-source = Documentatie van de leverancier voor deze stap (gecontroleerd op { $date })
handout-title = { $flow }: alle stappen
handout-qr = Scan om deze gids op je telefoon te openen:
handout-print-hint = Druk deze pagina af (Ctrl+P of ⌘P) om uit te delen.
guide-print-all = Alle stappen afdrukken
runbook-others = Andere stappenplannen
guide-privacy-personal = Deze link is persoonlijk: hij laat { $company } weten dat je deze gids hebt geopend en hoe ver je bent gekomen, en een cookie onthoudt hem terwijl je de stappen volgt. Verder wordt er niets over je vastgelegd.
