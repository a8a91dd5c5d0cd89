## The frame around every page

# The arrow between the parts of a menu path (“Settings → General”). A right-to-left language
# points it the other way (←).
-then = →

language-name = Deutsch
guide-skip-to-content = Zu den Schritten springen
guide-logo-alt = { $company }
guide-language = Sprache
guide-help-heading = Brauchen Sie Hilfe?
guide-help-portal = Helpdesk-Portal
guide-support-code = Wenn Sie den Helpdesk anrufen, nennen Sie diesen Code:
guide-privacy = Diese Anleitung verwendet keine Cookies und speichert nicht, wer Sie sind.

## Devices

device-iphone = iPhone
device-ipad = iPad
device-samsung = Samsung Galaxy
device-android = Android-Smartphone
device-windows = Windows-PC
device-mac = Mac
device-chromeos = Chromebook
device-linux = Linux-Computer
device-bot = Automatisierter Client
device-unknown = Unbekanntes Gerät

## Requirements of a walkthrough

requirement-min-os = { $system } { $version } oder neuer
requirement-authenticator = Die App Microsoft Authenticator, angemeldet mit Ihrem Arbeitskonto
requirement-bluetooth = Bluetooth eingeschaltet, auf beiden Geräten
requirement-screen-lock = Eine Bildschirmsperre (PIN, Fingerabdruck oder Gesicht)
requirement-screen-lock-mac = Touch ID oder das Anmeldepasswort Ihres Mac
requirement-screen-lock-windows = Windows Hello: Ihr Gesicht, Ihr Fingerabdruck oder Ihre PIN
requirement-screen-lock-apple = Ein Code, mit Face ID oder Touch ID
requirement-security-key = Ihr Sicherheitsschlüssel
requirement-phone = Ihr Smartphone, griffbereit

## Landing page

guide-title = Ohne Passwort bei { $company } anmelden
guide-lead = Mit einem Passkey melden Sie sich per Gesicht, Fingerabdruck oder PIN anstatt mit einem Passwort. Die Einrichtung dauert etwa fünf Minuten.
guide-detected = Ihr Gerät: { $device }.
guide-detected-with-version = Ihr Gerät: { $device } ({ $system } { $version }).
guide-detected-unknown = Wir konnten nicht erkennen, welches Gerät Sie verwenden.
guide-not-your-device = Nicht Ihr Gerät?
guide-recommended = Für Sie empfohlen
guide-you-need = Sie brauchen
guide-step-count = { $count ->
    [one] Ein Schritt
   *[other] { $count } Schritte
}
guide-start = Los geht’s
guide-start-after-update = Aktualisieren Sie zuerst und öffnen Sie dann diesen Link erneut: Die Anleitung beginnt hier.
guide-refused-title = „{ $flow }“ ist in Ihrer Organisation nicht verfügbar
guide-refused-synced = { $company } erlaubt nur Passkeys, die auf einem Gerät bleiben. Ein Passkey in einem synchronisierten Passwort-Manager würde nicht funktionieren. Folgen Sie stattdessen der Anleitung unten.
guide-refused-attestation = { $company } akzeptiert nur Passkeys, deren Hersteller und Modell geprüft werden können, und diese Art, einen Passkey zu speichern, kann das nicht nachweisen. Folgen Sie stattdessen der Anleitung unten.
guide-refused-authenticator-only = { $company } akzeptiert nur Passkeys in Microsoft Authenticator. Folgen Sie stattdessen der Anleitung unten.
guide-refused-windows-hello-off = { $company } hat Passkeys in Windows Hello noch nicht eingeschaltet. Folgen Sie stattdessen der Anleitung unten.
guide-refused-device-bound = { $company } akzeptiert nur synchronisierte Passkeys, und auf diese Weise gespeicherte Passkeys werden nicht synchronisiert. Folgen Sie stattdessen der Anleitung unten.
guide-refused-key-restrictions = { $company } akzeptiert Passkeys nur aus freigegebenen Apps und Sicherheitsschlüsseln, und dieser Weg gehört nicht dazu. Folgen Sie stattdessen der Anleitung unten.
guide-browser-title = Verwenden Sie dafür Chrome oder Edge
guide-browser-linux-firefox = Firefox unter Linux kann keinen Passkey von Ihrem Smartphone verwenden. Öffnen Sie diese Seite in Chrome oder Microsoft Edge und melden Sie sich dort bei „Sicherheitsinformationen“ an.
guide-pick-device = Wählen Sie Ihr Gerät, und wir zeigen Ihnen die passenden Schritte.
guide-no-way-here = Die Passkey-Einstellungen von { $company } lassen auf diesem Gerät keinen Passkey zu. Wählen Sie ein anderes Gerät, das Sie nutzen, zum Beispiel Ihr Smartphone, oder wenden Sie sich an den Helpdesk unten.
guide-choose-device = Gerät auswählen
guide-qr-title = Oder auf dem Smartphone weitermachen
guide-qr-body = Richten Sie die Kamera Ihres Smartphones auf diesen Code, um diese Anleitung dort zu öffnen.
guide-qr-alt = QR-Code, der diese Anleitung auf Ihrem Smartphone öffnet
guide-phone-flow-title = Erledigen Sie das auf Ihrem Smartphone
guide-phone-flow-body = Diese Schritte machen Sie auf Ihrem Smartphone. Scannen Sie diesen Code mit der Kamera des Smartphones oder geben Sie den Link unten in seinen Browser ein: Dort öffnet sich dieselbe Anleitung.
guide-other-ways = Andere Wege, einen Passkey einzurichten

## Opened inside another app

inapp-title = Öffnen Sie diese Seite zuerst in Ihrem Browser
inapp-why = Sie haben diesen Link in einer anderen App geöffnet. Dort lassen sich keine Passkeys erstellen.
inapp-outlook-ios = Tippen Sie in Outlook oben rechts auf „•••“ { -then } „In Safari öffnen“.
inapp-outlook-android = Tippen Sie in Outlook oben rechts auf „⋮“ { -then } „Im Browser öffnen“.
inapp-teams-ios = Tippen Sie in Teams oben auf „•••“ { -then } „In Safari öffnen“.
inapp-teams-android = Tippen Sie in Teams oben auf „⋮“ { -then } „Im Browser öffnen“.
inapp-generic-ios = Tippen Sie auf die Teilen-Taste oder auf „•••“ { -then } „In Safari öffnen“. Gibt es diese Option nicht, kopieren Sie die Adresse unten und fügen Sie sie in Safari ein.
inapp-generic-android = Tippen Sie auf „⋮“ { -then } „In Chrome öffnen“ (oder „Im Browser öffnen“). Gibt es diese Option nicht, kopieren Sie die Adresse unten und fügen Sie sie in Chrome ein.
inapp-copy-label = Adresse dieser Seite

## System too old

update-title = Aktualisieren Sie zuerst Ihr Gerät
update-body = Passkeys für die Arbeit brauchen { $system } { $required } oder neuer; dieses Gerät hat Version { $detected }.
update-how-ios = Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Softwareupdate“, installieren Sie das Update und öffnen Sie dann diesen Link erneut.
update-how-android = Öffnen Sie „Einstellungen“ { -then } „Software-Update“ (oder „System“ { -then } „Systemupdate“), installieren Sie das Update und öffnen Sie dann diesen Link erneut.

## Step pages

step-progress = Schritt { $number } von { $total }
step-open-security-info = Sicherheitsinformationen öffnen
step-handoff-note = Damit öffnen Sie anstelle dieser Anleitung die Microsoft-Seite „Sicherheitsinformationen“. Wenn Sie dort fertig sind, kehren Sie mit der Zurück-Taste Ihres Browsers hierher zurück und tippen Sie auf „Ich bin fertig“.
step-coming-next = Was Sie dort sehen
step-back = Zurück
step-next = Weiter
step-finish = Ich bin fertig
step-stuck = Ich komme nicht weiter
step-nav = Schritte

illustration-settings-provider = Ein Einstellungsbildschirm, auf dem der Passkey-Anbieter aktiviert ist
illustration-security-info-add = Die Microsoft-Seite „Sicherheitsinformationen“ mit der Schaltfläche „Anmeldemethode hinzufügen“
illustration-save-passkey = Das Fenster „Passkey speichern“, das nach Gesicht, Fingerabdruck oder PIN fragt
illustration-security-key-touch = Ein Finger berührt einen Sicherheitsschlüssel, der in einem Laptop steckt
illustration-done = Ein Häkchen: Der Passkey ist bereit
illustration-authenticator-account = Microsoft Authenticator mit Ihrem Arbeitskonto und der Schaltfläche „Passkey erstellen“
illustration-samsung-save-another-way = Samsung Pass bietet an, den Passkey zu speichern, mit „Auf andere Weise speichern“ unter der Schaltfläche
illustration-ios-autofill-settings = iPhone-Einstellungen für Passwörter und Passkeys, mit aktiviertem Authenticator
illustration-android-passkey-providers = Android-Einstellungen für Passwörter und Passkeys, mit aktiviertem Authenticator
illustration-security-info-phone = Die Seite „Sicherheitsinformationen“ im Browser des Smartphones mit der Schaltfläche „Anmeldemethode hinzufügen“
illustration-windows-save-passkey = Das Windows-Fenster „Ihren Passkey speichern“ mit der Schaltfläche „OK“
illustration-choose-security-key = Das Windows-Fenster „Wählen Sie aus, wo Ihr Passkey gespeichert werden soll“, in dem „Sicherheitsschlüssel“ ausgewählt ist
illustration-mac-save-passkey = Ein Mac, der anbietet, den Passkey mit Touch ID zu sichern
illustration-cross-device-qr = Ein QR-Code auf dem Computer, der mit der Kamera-App des Smartphones gescannt wird

## I'm stuck

stuck-title = Was klappt nicht?
stuck-intro = Schritt { $number }: { $step }. Wählen Sie aus, was Sie sehen, und wir zeigen Ihnen, was zu tun ist.
stuck-something-else = Etwas anderes? Wenden Sie sich an den Helpdesk (siehe unten) und nennen Sie den Code unten auf dieser Seite.
stuck-fix-heading = So geht’s
stuck-other-problems = Ein anderes Problem
stuck-back-to-step = Zurück zum Schritt
stuck-contact = Kommen Sie immer noch nicht weiter? Der Helpdesk hilft Ihnen gern; die Kontaktdaten finden Sie unten.
stuck-contact-generic = Kommen Sie immer noch nicht weiter? Wenden Sie sich an Ihren IT-Helpdesk und nennen Sie den Code unten auf dieser Seite.

## Done

done-confirm-title = Hat es geklappt?
done-confirm-body = Wenn die Microsoft-Seite Ihren Passkey jetzt unter „Sicherheitsinformationen“ anzeigt, ist alles erledigt.
done-confirm-yes = Ja, mein Passkey ist eingerichtet
done-confirm-no = Nein, etwas ist schiefgelaufen
done-title = Alles erledigt
done-body = Wenn Sie sich das nächste Mal bei { $company } anmelden, wählen Sie „Other ways to sign in“ (Andere Anmeldemöglichkeiten) oder „Sign-in options“ (Anmeldeoptionen) { -then } „Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel“ und verwenden Sie Ihr Gesicht, Ihren Fingerabdruck oder Ihre PIN.
done-test-title = Jetzt testen
done-test-body = Öffnen Sie in Ihrem Browser ein privates Fenster, rufen Sie aka.ms/mysecurityinfo auf und geben Sie Ihre geschäftliche E-Mail-Adresse ein. Wählen Sie „Other ways to sign in“ (Andere Anmeldemöglichkeiten) oder „Sign-in options“ (Anmeldeoptionen) { -then } „Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel“ und verwenden Sie Ihren neuen Passkey. Wenn Sie hineinkommen, ist er für jede Anmeldung bei { $company } bereit; wenn nicht, gehen Sie eine Seite zurück und tippen Sie auf „Nein, etwas ist schiefgelaufen“.
done-next = Sie können diese Seite jetzt schließen.

## Device chooser

devices-title = Welches Gerät verwenden Sie?
devices-intro = Wählen Sie das Gerät, mit dem Sie sich anmelden möchten. Wir zeigen Ihnen die Schritte dafür.
devices-all-ways = Alle Wege, die Ihre Organisation erlaubt

## Errors

error-not-found-title = Diese Seite haben wir nicht gefunden
error-not-found-body = Prüfen Sie, ob Sie den vollständigen Link aus Ihrer E-Mail geöffnet haben. Wenn es weiterhin nicht klappt, fragen Sie Ihren IT-Helpdesk nach dem richtigen Link.
error-forbidden-title = Sie können diese Seite nicht öffnen
error-forbidden-body = Melden Sie sich zuerst an, oder bitten Sie Ihren Administrator um Zugriff.
error-busy-title = Gerade sind sehr viele Personen hier
error-busy-body = Bitte warten Sie ein paar Sekunden und versuchen Sie es dann erneut.
error-bad-request-title = Mit dieser Anfrage stimmte etwas nicht
error-bad-request-body = Gehen Sie zurück und versuchen Sie es erneut. Wenn das immer wieder passiert, wenden Sie sich an Ihren IT-Helpdesk.
error-internal-title = Bei uns ist etwas schiefgelaufen
error-internal-body = Bitte versuchen Sie es in einer Minute erneut. Wenn das immer wieder passiert, wenden Sie sich an Ihren IT-Helpdesk und nennen Sie die Anfragenummer unten.
error-request-id = Anfragenummer:

## Shown by the page script

guide-ipad-notice = Auf einem iPad? Ihr iPad gibt sich gegenüber Websites als Mac aus.
guide-ipad-link = Schritte für das iPad anzeigen
step-no-passkey-warning = Dieser Browser kann auf diesem Gerät keinen Passkey erstellen. Prüfen Sie, ob eine Bildschirmsperre eingerichtet ist, oder wählen Sie auf der Startseite einen anderen Weg.

## Helpdesk runbook

runbook-title = Helpdesk-Leitfaden: { $flow }
runbook-code-help = Anrufende lesen einen Code wie DEMO-IPH-IA-3 unten auf ihrer Seite ab: Organisation, Gerät (IPH iPhone, IPD iPad, SAM Samsung, AND Android, WIN Windows, MAC Mac, CRO Chromebook, LNX Linux), Weg (IA iPhone + Authenticator, IC iCloud-Schlüsselbund, SA Samsung, AN Google Passwortmanager, AA Android + Authenticator, WH Windows Hello, MC Mac, SK Sicherheitsschlüssel, XD Computer + Smartphone, CH noch nicht gewählt) und Schrittnummer.
runbook-open-guide = Die Anleitung öffnen, die die anrufende Person sieht
runbook-ask-heading = Zuerst fragen
runbook-ask-device = Welches Gerät und welche Systemversion verwenden Sie? (Auf dem iPhone: Einstellungen { -then } Allgemein { -then } Info.)
runbook-ask-code = Welcher Code steht unten auf Ihrer Seite?
runbook-ask-screen = Was genau steht auf dem Bildschirm? Lesen Sie es mir bitte Wort für Wort vor.
runbook-ask-browser = Haben Sie den Link aus der E-Mail-App, aus Teams oder in einem Browser wie Safari, Chrome oder Edge geöffnet?
runbook-steps-heading = Schritte und bekannte Probleme
runbook-step = Schritt { $number }: { $title }
runbook-source = Herstellerdokumentation zu diesem Schritt (geprüft am { $date })
handout-title = { $flow }: alle Schritte
handout-qr = Scannen, um diese Anleitung auf dem Smartphone zu öffnen:
handout-print-hint = Drucken Sie diese Seite (Strg+P oder ⌘P), um sie zu verteilen.
guide-print-all = Alle Schritte drucken
runbook-others = Andere Wege
guide-privacy-personal = Dieser Link ist persönlich: Er teilt { $company } mit, dass Sie diese Anleitung geöffnet haben und wie weit Sie gekommen sind, und ein Cookie speichert ihn, während Sie den Schritten folgen. Darüber hinaus wird nichts über Sie erfasst.
