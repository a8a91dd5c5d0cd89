# Walkthrough texts. Every id here is named by the data in src/guide/catalog.rs:
#   flow-{flow}-title, flow-{flow}-summary
#   flow-{flow}-{step}-title, flow-{flow}-{step}-body
#   stuck-{flow}-{step}-{problem} (the symptom) and stuck-{flow}-{step}-{problem}-fix
# The only variable is { $company }, the organisation's name.

## iphone-authenticator

flow-iphone-authenticator-title = iPhone mit Microsoft Authenticator
flow-iphone-authenticator-title-ipad = iPad mit Microsoft Authenticator
flow-iphone-authenticator-summary = Sie erhalten einen Passkey in der App Microsoft Authenticator auf Ihrem iPhone und melden sich dann mit Face ID an. Das dauert etwa 5 Minuten.
flow-iphone-authenticator-summary-ipad = Sie erhalten einen Passkey in der App Microsoft Authenticator auf Ihrem iPad und melden sich dann mit Face ID oder Touch ID an. Das dauert etwa 5 Minuten.

flow-iphone-authenticator-update-title = iPhone aktualisieren
flow-iphone-authenticator-update-title-ipad = iPad aktualisieren
flow-iphone-authenticator-update-body = Ihr iPhone braucht iOS 17 oder neuer. Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Softwareupdate“ und installieren Sie alle angezeigten Updates.
flow-iphone-authenticator-update-body-ipad = Ihr iPad braucht iPadOS 17 oder neuer. Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Softwareupdate“ und installieren Sie alle angezeigten Updates.
stuck-iphone-authenticator-update-os-too-old = Mein iPhone lässt sich nicht auf iOS 17 aktualisieren
stuck-iphone-authenticator-update-os-too-old-ipad = Mein iPad lässt sich nicht auf iPadOS 17 aktualisieren
stuck-iphone-authenticator-update-os-too-old-fix = Ältere iPhones können keinen Passkey in Authenticator speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-iphone-authenticator-update-os-too-old-fix-ipad = Ältere iPads können keinen Passkey in Authenticator speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-iphone-authenticator-update-which-version = Ich weiß nicht, welche iOS-Version ich habe
stuck-iphone-authenticator-update-which-version-ipad = Ich weiß nicht, welche iPadOS-Version ich habe
stuck-iphone-authenticator-update-which-version-fix = Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Info“ und sehen Sie bei „iOS-Version“ nach.
stuck-iphone-authenticator-update-which-version-fix-ipad = Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Info“ und sehen Sie bei „iPadOS-Version“ nach.

flow-iphone-authenticator-install-authenticator-title = Arbeitskonto zu Authenticator hinzufügen
flow-iphone-authenticator-install-authenticator-body = Installieren Sie „Microsoft Authenticator“ aus dem App Store, öffnen Sie die App und gehen Sie die ersten Bildschirme durch. Tippen Sie auf „Geschäfts-, Schul- oder Unikonto hinzufügen“ (oder „Konto hinzufügen“ oder „+“ { -then } „Geschäfts-, Schul- oder Unikonto“), dann auf „Anmelden“, und melden Sie sich mit Ihrem Arbeitskonto von { $company } an. Ist Ihr Arbeitskonto schon da, tippen Sie darauf und dann auf „Passkey erstellen“.
stuck-iphone-authenticator-install-authenticator-account-already-added = Authenticator zeigt mein Arbeitskonto schon an
stuck-iphone-authenticator-install-authenticator-account-already-added-fix = Tippen Sie auf Ihr Arbeitskonto, dann auf „Passkey erstellen“, und fahren Sie mit dem nächsten Schritt fort.
stuck-iphone-authenticator-install-authenticator-cant-sign-in = Authenticator will, dass ich meine Identität bestätige, und das klappt nicht
stuck-iphone-authenticator-install-authenticator-cant-sign-in-fix = Bitten Sie die IT von { $company } um einen befristeten Zugriffspass. Geben Sie ihn ein, wenn Authenticator danach fragt.
stuck-iphone-authenticator-install-authenticator-personal-account = Ich habe versehentlich mein privates Microsoft-Konto hinzugefügt
stuck-iphone-authenticator-install-authenticator-personal-account-fix = Tippen Sie auf „+“ { -then } „Geschäfts-, Schul- oder Unikonto“ und melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an. Ihr privates Konto kann bleiben.

flow-iphone-authenticator-enable-provider-title = Authenticator Passkeys speichern lassen
flow-iphone-authenticator-enable-provider-body = Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Automatisch ausfüllen & Passwörter“. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“. Aktivieren Sie unter „Automatisch ausfüllen von“ (AutoFill From) die Option „Authenticator“. Kehren Sie dann zu Authenticator zurück.
flow-iphone-authenticator-enable-provider-body-ios17 = Öffnen Sie „Einstellungen“ { -then } „Passwörter“ { -then } „Passwortoptionen“. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“. Aktivieren Sie unter „Passwörter und Passkeys verwenden von“ (Use Passwords and Passkeys From) die Option „Authenticator“. Kehren Sie dann zu Authenticator zurück.
stuck-iphone-authenticator-enable-provider-menu-missing = Ich finde „Automatisch ausfüllen & Passwörter“ nicht
stuck-iphone-authenticator-enable-provider-menu-missing-fix = Unter iOS 17 ist es an anderer Stelle: „Einstellungen“ { -then } „Passwörter“ { -then } „Passwortoptionen“. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie „Authenticator“ unter „Passwörter und Passkeys verwenden von“ (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-menu-missing-fix-ipad = Unter iPadOS 17 ist es an anderer Stelle: „Einstellungen“ { -then } „Passwörter“ { -then } „Passwortoptionen“. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie „Authenticator“ unter „Passwörter und Passkeys verwenden von“ (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-authenticator-not-listed = Authenticator steht nicht in der Liste
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix = Aktualisieren Sie Microsoft Authenticator im App Store, öffnen Sie die App einmal und sehen Sie erneut nach. Fehlt sie immer noch, starten Sie Ihr iPhone neu.
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix-ipad = Aktualisieren Sie Microsoft Authenticator im App Store, öffnen Sie die App einmal und sehen Sie erneut nach. Fehlt sie immer noch, starten Sie Ihr iPad neu.
stuck-iphone-authenticator-enable-provider-setting-locked = Die Einstellung ist ausgegraut
stuck-iphone-authenticator-enable-provider-setting-locked-fix = Ihr iPhone wird möglicherweise von { $company } verwaltet. Wenden Sie sich an die IT und sagen Sie, dass die Einstellung für automatisches Ausfüllen gesperrt ist.
stuck-iphone-authenticator-enable-provider-setting-locked-fix-ipad = Ihr iPad wird möglicherweise von { $company } verwaltet. Wenden Sie sich an die IT und sagen Sie, dass die Einstellung für automatisches Ausfüllen gesperrt ist.

flow-iphone-authenticator-open-security-info-title = In „Sicherheitsinformationen“ prüfen
flow-iphone-authenticator-open-security-info-body = Öffnen Sie „Sicherheitsinformationen“ in Safari und melden Sie sich mit Ihrem Konto von { $company } an. Ihr neuer Passkey steht in der Liste der Anmeldemethoden. Kehren Sie dann zu dieser Anleitung zurück und tippen Sie auf „Ich bin fertig“.
stuck-iphone-authenticator-open-security-info-in-app-browser = Die Seite hat sich in Outlook oder Teams geöffnet
stuck-iphone-authenticator-open-security-info-in-app-browser-fix = Öffnen Sie sie stattdessen in Safari: Nutzen Sie die Option der App, den Link im Browser zu öffnen, oder geben Sie aka.ms/mysecurityinfo selbst in Safari ein.
stuck-iphone-authenticator-open-security-info-no-passkey-option = Mein Passkey steht nicht in der Liste
stuck-iphone-authenticator-open-security-info-no-passkey-option-fix = Laden Sie die Seite neu. Fehlt er immer noch, prüfen Sie in Authenticator, ob bei Ihrem Arbeitskonto „Passkey“ steht; wenn nicht, gehen Sie zurück zum Schritt „Authenticator den Passkey erstellen lassen“.
stuck-iphone-authenticator-open-security-info-sign-in-loop = Ich soll mich immer wieder mit einem Passkey anmelden, den ich noch nicht habe
stuck-iphone-authenticator-open-security-info-sign-in-loop-fix = Das liegt an einer Einstellung bei { $company }. Bitten Sie die IT um einen befristeten Zugriffspass und versuchen Sie es dann erneut.

flow-iphone-authenticator-create-in-app-title = Authenticator den Passkey erstellen lassen
flow-iphone-authenticator-create-in-app-body = Authenticator erstellt jetzt Ihren Passkey. Beantworten Sie die Anmeldeabfragen, die die App anzeigt. Fragt sie nach einem Code, tippen Sie auf „Einstellungen“, legen Sie einen fest und kommen Sie zurück. Bittet sie darum, für Passkeys aktiviert zu werden, tippen Sie auf „Einstellungen“: Der nächste Schritt zeigt, was Sie dort aktivieren müssen.
stuck-iphone-authenticator-create-in-app-no-create-option = Ich sehe „Passkey erstellen“ nicht
stuck-iphone-authenticator-create-in-app-no-create-option-fix = Aktualisieren Sie Authenticator im App Store und achten Sie darauf, dass Sie auf Ihr Arbeitskonto getippt haben. Fehlt die Option weiterhin, wenden Sie sich an die IT von { $company }.
stuck-iphone-authenticator-create-in-app-no-passcode = Es heißt, ich brauche einen Code
stuck-iphone-authenticator-create-in-app-no-passcode-fix = Öffnen Sie „Einstellungen“ { -then } „Face ID & Code“ (oder „Touch ID & Code“) { -then } „Code aktivieren“. Kehren Sie dann zu Authenticator zurück.
stuck-iphone-authenticator-create-in-app-passkey-already-exists = Es heißt, es gibt schon einen Passkey
stuck-iphone-authenticator-create-in-app-passkey-already-exists-fix = Tippen Sie in Authenticator auf Ihr Konto { -then } „Einstellungen“ { -then } „Passkey löschen“ und dann erneut auf „Passkey erstellen“. Zeigt „Meine Sicherheitsinformationen“ einen alten Passkey, den Sie nicht nutzen, löschen Sie ihn dort ebenfalls.
stuck-iphone-authenticator-create-in-app-registration-failed = Es heißt, der Passkey konnte nicht hinzugefügt werden
stuck-iphone-authenticator-create-in-app-registration-failed-fix = Warten Sie eine Minute und versuchen Sie es erneut; die Prüfung im Hintergrund ist manchmal ausgelastet. Schlägt es wieder fehl, wenden Sie sich an die IT von { $company } und nennen Sie die genaue Meldung.

flow-iphone-authenticator-finish-title = In Authenticator abschließen
flow-iphone-authenticator-finish-body = Tippen Sie wieder in Authenticator auf „Fertig“. Bei Ihrem Arbeitskonto steht jetzt „Passkey“ als Anmeldemethode. Tippen Sie erneut auf „Fertig“.
stuck-iphone-authenticator-finish-passkey-not-found = Bei meinem Konto steht nicht „Passkey“
stuck-iphone-authenticator-finish-passkey-not-found-fix = Prüfen Sie den vorherigen Schritt: Authenticator muss für Passkeys aktiviert sein. Tippen Sie dann erneut auf Ihr Arbeitskonto { -then } „Passkey erstellen“.
stuck-iphone-authenticator-finish-page-timed-out = In Authenticator gab es eine Zeitüberschreitung, oder ich wurde abgemeldet
stuck-iphone-authenticator-finish-page-timed-out-fix = Öffnen Sie Authenticator erneut, tippen Sie auf Ihr Arbeitskonto und dann auf „Passkey erstellen“.

## iphone-icloud

flow-iphone-icloud-title = iPhone mit iCloud-Schlüsselbund
flow-iphone-icloud-title-ipad = iPad mit iCloud-Schlüsselbund
flow-iphone-icloud-summary = Sie erhalten einen Passkey in den Passwörtern Ihres iPhone (iCloud-Schlüsselbund), der auch auf Ihren anderen Apple-Geräten funktioniert. Das dauert etwa 3 Minuten.
flow-iphone-icloud-summary-ipad = Sie erhalten einen Passkey in den Passwörtern Ihres iPad (iCloud-Schlüsselbund), der auch auf Ihren anderen Apple-Geräten funktioniert. Das dauert etwa 3 Minuten.

flow-iphone-icloud-update-title = iPhone aktualisieren
flow-iphone-icloud-update-title-ipad = iPad aktualisieren
flow-iphone-icloud-update-body = Ihr iPhone braucht iOS 16 oder neuer. Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Softwareupdate“ und installieren Sie alle angezeigten Updates.
flow-iphone-icloud-update-body-ipad = Ihr iPad braucht iPadOS 16 oder neuer. Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Softwareupdate“ und installieren Sie alle angezeigten Updates.
stuck-iphone-icloud-update-os-too-old = Mein iPhone lässt sich nicht auf iOS 16 aktualisieren
stuck-iphone-icloud-update-os-too-old-ipad = Mein iPad lässt sich nicht auf iPadOS 16 aktualisieren
stuck-iphone-icloud-update-os-too-old-fix = Dieses iPhone kann keine Passkeys speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-iphone-icloud-update-os-too-old-fix-ipad = Dieses iPad kann keine Passkeys speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-iphone-icloud-update-which-version = Ich weiß nicht, welche iOS-Version ich habe
stuck-iphone-icloud-update-which-version-ipad = Ich weiß nicht, welche iPadOS-Version ich habe
stuck-iphone-icloud-update-which-version-fix = Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Info“ und sehen Sie bei „iOS-Version“ nach.
stuck-iphone-icloud-update-which-version-fix-ipad = Öffnen Sie „Einstellungen“ { -then } „Allgemein“ { -then } „Info“ und sehen Sie bei „iPadOS-Version“ nach.

flow-iphone-icloud-icloud-keychain-title = iCloud-Schlüsselbund aktivieren
flow-iphone-icloud-icloud-keychain-body = Öffnen Sie „Einstellungen“ { -then } Ihr Name { -then } „iCloud“ { -then } „Passwörter“ und aktivieren Sie „Dieses iPhone synchronisieren“. Unter iOS 17 oder älter tippen Sie statt auf „Passwörter“ auf „Passwörter & Schlüsselbund“.
flow-iphone-icloud-icloud-keychain-body-ipad = Öffnen Sie „Einstellungen“ { -then } Ihr Name { -then } „iCloud“ { -then } „Passwörter“ und aktivieren Sie „Dieses iPad synchronisieren“. Unter iPadOS 17 oder älter tippen Sie statt auf „Passwörter“ auf „Passwörter & Schlüsselbund“.
flow-iphone-icloud-icloud-keychain-body-ios17 = Öffnen Sie „Einstellungen“ { -then } Ihr Name { -then } „iCloud“ { -then } „Passwörter & Schlüsselbund“ und aktivieren Sie „Dieses iPhone synchronisieren“.
flow-iphone-icloud-icloud-keychain-body-ios17-ipad = Öffnen Sie „Einstellungen“ { -then } Ihr Name { -then } „iCloud“ { -then } „Passwörter & Schlüsselbund“ und aktivieren Sie „Dieses iPad synchronisieren“.
stuck-iphone-icloud-icloud-keychain-no-apple-account = Ich bin nicht mit einem Apple Account angemeldet
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix = Tippen Sie oben in „Einstellungen“ auf „Beim iPhone anmelden“ und melden Sie sich an. Wenn Sie iCloud lieber nicht nutzen möchten, gehen Sie zurück und wählen Sie einen anderen Weg.
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix-ipad = Tippen Sie oben in „Einstellungen“ auf „Beim iPad anmelden“ und melden Sie sich an. Wenn Sie iCloud lieber nicht nutzen möchten, gehen Sie zurück und wählen Sie einen anderen Weg.
stuck-iphone-icloud-icloud-keychain-two-factor-needed = Es heißt, ich brauche die Zwei-Faktor-Authentifizierung
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix = Öffnen Sie „Einstellungen“ { -then } Ihr Name { -then } „Anmeldung & Sicherheit“ und aktivieren Sie „Zwei-Faktor-Authentifizierung“. Kommen Sie dann zurück und aktivieren Sie „Dieses iPhone synchronisieren“.
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix-ipad = Öffnen Sie „Einstellungen“ { -then } Ihr Name { -then } „Anmeldung & Sicherheit“ und aktivieren Sie „Zwei-Faktor-Authentifizierung“. Kommen Sie dann zurück und aktivieren Sie „Dieses iPad synchronisieren“.
stuck-iphone-icloud-icloud-keychain-no-passcode = Mein iPhone hat keinen Code
stuck-iphone-icloud-icloud-keychain-no-passcode-ipad = Mein iPad hat keinen Code
stuck-iphone-icloud-icloud-keychain-no-passcode-fix = Öffnen Sie „Einstellungen“ { -then } „Face ID & Code“ (oder „Touch ID & Code“) { -then } „Code aktivieren“.

flow-iphone-icloud-open-security-info-title = Auf „Meine Sicherheitsinformationen“ beginnen
flow-iphone-icloud-open-security-info-body = Öffnen Sie „Meine Sicherheitsinformationen“ (aka.ms/mysecurityinfo) in Safari und melden Sie sich mit Ihrem Konto von { $company } an. Tippen Sie auf „+ Anmeldemethode hinzufügen“ { -then } „Passkey“ und dann auf „Weiter“.
stuck-iphone-icloud-open-security-info-in-app-browser = Die Seite hat sich in Outlook oder Teams geöffnet
stuck-iphone-icloud-open-security-info-in-app-browser-fix = Aus einer anderen App heraus lassen sich Passkeys oft nicht speichern. Nutzen Sie die Option der App, den Link im Browser zu öffnen, oder geben Sie aka.ms/mysecurityinfo selbst in Safari ein.
stuck-iphone-icloud-open-security-info-no-passkey-option = Ich sehe „Passkey“ nicht in der Liste
stuck-iphone-icloud-open-security-info-no-passkey-option-fix = { $company } hat Passkeys für Sie möglicherweise noch nicht freigeschaltet. Wenden Sie sich an die IT und fragen Sie, welche Art von Passkey Sie verwenden sollen.
stuck-iphone-icloud-open-security-info-only-authenticator = Ich sehe nur „Passkey in Microsoft Authenticator“
stuck-iphone-icloud-open-security-info-only-authenticator-fix = { $company } möchte Ihren Passkey in Microsoft Authenticator haben. Gehen Sie zurück und wählen Sie die Anleitung „iPhone mit Microsoft Authenticator“.
stuck-iphone-icloud-open-security-info-only-authenticator-fix-ipad = { $company } möchte Ihren Passkey in Microsoft Authenticator haben. Gehen Sie zurück und wählen Sie die Anleitung „iPad mit Microsoft Authenticator“.

flow-iphone-icloud-save-passkey-title = Passkey auf dem iPhone speichern
flow-iphone-icloud-save-passkey-title-ipad = Passkey auf dem iPad speichern
flow-iphone-icloud-save-passkey-body = Tippen Sie erneut auf „Weiter“. Wenn Ihr iPhone anbietet, einen Passkey zu sichern, tippen Sie auf „Fortfahren“ und bestätigen Sie mit Face ID, Touch ID oder Ihrem Code. Fragt es, wo er gespeichert werden soll, wählen Sie „Passwörter“ (oder „iCloud-Schlüsselbund“).
flow-iphone-icloud-save-passkey-body-ipad = Tippen Sie erneut auf „Weiter“. Wenn Ihr iPad anbietet, einen Passkey zu sichern, tippen Sie auf „Fortfahren“ und bestätigen Sie mit Face ID, Touch ID oder Ihrem Code. Fragt es, wo er gespeichert werden soll, wählen Sie „Passwörter“ (oder „iCloud-Schlüsselbund“).
stuck-iphone-icloud-save-passkey-not-allowed = Es heißt, meine Organisation erlaubt diesen Passkey nicht
stuck-iphone-icloud-save-passkey-not-allowed-fix = { $company } erlaubt nur Passkeys, die auf einem Gerät bleiben. Gehen Sie zurück und wählen Sie die Anleitung „iPhone mit Microsoft Authenticator“.
stuck-iphone-icloud-save-passkey-not-allowed-fix-ipad = { $company } erlaubt nur Passkeys, die auf einem Gerät bleiben. Gehen Sie zurück und wählen Sie die Anleitung „iPad mit Microsoft Authenticator“.
stuck-iphone-icloud-save-passkey-saved-elsewhere = Der Passkey wurde in einer anderen App gespeichert
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix = Prüfen Sie „Meine Sicherheitsinformationen“: Steht der Passkey dort, sind Sie fertig. Wenn nicht, versuchen Sie es erneut und wählen Sie „Passwörter“, wenn Ihr iPhone fragt, wo er gespeichert werden soll.
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix-ipad = Prüfen Sie „Meine Sicherheitsinformationen“: Steht der Passkey dort, sind Sie fertig. Wenn nicht, versuchen Sie es erneut und wählen Sie „Passwörter“, wenn Ihr iPad fragt, wo er gespeichert werden soll.
stuck-iphone-icloud-save-passkey-nothing-happens = Nach dem Tippen auf „Weiter“ passiert nichts
stuck-iphone-icloud-save-passkey-nothing-happens-fix = Achten Sie darauf, dass die Seite in Safari geöffnet und der iCloud-Schlüsselbund aktiviert ist. Beginnen Sie dann erneut bei „+ Anmeldemethode hinzufügen“.

flow-iphone-icloud-name-it-title = Passkey benennen
flow-iphone-icloud-name-it-body = Geben Sie einen Namen ein, den Sie wiedererkennen, etwa „Mein iPhone“, und tippen Sie auf „Weiter“. Tippen Sie dann auf „Fertig“. Der Passkey steht jetzt in Ihrer Liste der Anmeldemethoden.
flow-iphone-icloud-name-it-body-ipad = Geben Sie einen Namen ein, den Sie wiedererkennen, etwa „Mein iPad“, und tippen Sie auf „Weiter“. Tippen Sie dann auf „Fertig“. Der Passkey steht jetzt in Ihrer Liste der Anmeldemethoden.
stuck-iphone-icloud-name-it-closed-too-early = Ich habe die Seite geschlossen, bevor ich ihn benannt habe
stuck-iphone-icloud-name-it-closed-too-early-fix = Öffnen Sie „Meine Sicherheitsinformationen“. Steht der Passkey dort, sind Sie fertig. Wenn nicht, beginnen Sie erneut bei „+ Anmeldemethode hinzufügen“.

## samsung

flow-samsung-title = Samsung Galaxy mit Microsoft Authenticator
flow-samsung-summary = Sie erhalten einen Passkey in der App Microsoft Authenticator auf Ihrem Galaxy und melden sich dann mit Fingerabdruck, Gesicht oder PIN an. Das dauert etwa 5 Minuten.

flow-samsung-update-title = Galaxy aktualisieren
flow-samsung-update-body = Ihr Smartphone braucht Android 14 oder neuer. Öffnen Sie „Einstellungen“ { -then } „Software-Update“ { -then } „Herunterladen und installieren“ und installieren Sie alle angezeigten Updates.
stuck-samsung-update-os-too-old = Mein Smartphone lässt sich nicht auf Android 14 aktualisieren
stuck-samsung-update-os-too-old-fix = Dieses Smartphone kann keinen Passkey in Authenticator speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-samsung-update-which-version = Ich weiß nicht, welche Android-Version ich habe
stuck-samsung-update-which-version-fix = Öffnen Sie „Einstellungen“ { -then } „Telefoninfo“ { -then } „Softwareinformationen“ und sehen Sie bei „Android-Version“ nach.

flow-samsung-install-authenticator-title = Arbeitskonto zu Authenticator hinzufügen
flow-samsung-install-authenticator-body = Installieren Sie „Microsoft Authenticator“ aus dem Play Store, öffnen Sie die App und gehen Sie die ersten Bildschirme durch. Tippen Sie auf „Geschäfts-, Schul- oder Unikonto hinzufügen“ (oder „Konto hinzufügen“ oder „+“ { -then } „Geschäfts-, Schul- oder Unikonto“), dann auf „Anmelden“, und melden Sie sich mit Ihrem Arbeitskonto von { $company } an. Ist Ihr Arbeitskonto schon da, tippen Sie darauf und dann auf „Passkey erstellen“.
stuck-samsung-install-authenticator-work-profile = Mein Smartphone hat ein Arbeitsprofil (Apps mit Aktentasche)
stuck-samsung-install-authenticator-work-profile-fix = Ein Passkey funktioniert nur in dem Profil, in dem er gespeichert ist. Verwenden Sie Authenticator in dem Profil, in dem Ihre Arbeits-Apps sind. Nutzen Sie Arbeits-Apps in beiden Profilen, erstellen Sie in jedem einen Passkey.
stuck-samsung-install-authenticator-account-already-added = Authenticator zeigt mein Arbeitskonto schon an
stuck-samsung-install-authenticator-account-already-added-fix = Tippen Sie auf Ihr Arbeitskonto, dann auf „Passkey erstellen“, und fahren Sie mit dem nächsten Schritt fort.
stuck-samsung-install-authenticator-cant-sign-in = Authenticator will, dass ich meine Identität bestätige, und das klappt nicht
stuck-samsung-install-authenticator-cant-sign-in-fix = Bitten Sie die IT von { $company } um einen befristeten Zugriffspass. Geben Sie ihn ein, wenn Authenticator danach fragt.

flow-samsung-enable-provider-title = Authenticator als Passkey-App festlegen
flow-samsung-enable-provider-body = Öffnen Sie „Einstellungen“ { -then } „Allgemeine Verwaltung“ { -then } „Passwörter, Passkeys und automatisches Ausfüllen“ (Passwords, passkeys and autofill) und aktivieren Sie „Authenticator“. Samsung Pass kann aktiviert bleiben. Kehren Sie dann zu Authenticator zurück.
stuck-samsung-enable-provider-menu-missing = Ich finde „Passwörter, Passkeys und automatisches Ausfüllen“ nicht
stuck-samsung-enable-provider-menu-missing-fix = Öffnen Sie „Einstellungen“, tippen Sie auf das Suchsymbol und geben Sie „Passkeys“ ein. Der Name des Menüs unterscheidet sich je nach Softwareversion etwas.
stuck-samsung-enable-provider-authenticator-not-listed = Authenticator steht nicht in der Liste oder lässt sich nicht aktivieren
stuck-samsung-enable-provider-authenticator-not-listed-fix = Aktualisieren Sie Authenticator im Play Store, öffnen Sie die App einmal und sehen Sie erneut nach. Lässt es sich unter Android 14 weiterhin nicht aktivieren, aktualisieren Sie Ihr Smartphone auf Android 15.

flow-samsung-open-security-info-title = In „Sicherheitsinformationen“ prüfen
flow-samsung-open-security-info-body = Öffnen Sie „Sicherheitsinformationen“ in Chrome oder Samsung Internet und melden Sie sich mit Ihrem Konto von { $company } an. Ihr neuer Passkey steht in der Liste der Anmeldemethoden. Kehren Sie dann zu dieser Anleitung zurück und tippen Sie auf „Ich bin fertig“.
stuck-samsung-open-security-info-in-app-browser = Die Seite hat sich in Outlook oder Teams geöffnet
stuck-samsung-open-security-info-in-app-browser-fix = Öffnen Sie sie stattdessen in Chrome oder Samsung Internet: Nutzen Sie die Option der App, den Link im Browser zu öffnen, oder geben Sie aka.ms/mysecurityinfo selbst ein.
stuck-samsung-open-security-info-no-passkey-option = Mein Passkey steht nicht in der Liste
stuck-samsung-open-security-info-no-passkey-option-fix = Laden Sie die Seite neu. Fehlt er immer noch, prüfen Sie in Authenticator, ob bei Ihrem Arbeitskonto „Passkey“ steht; wenn nicht, gehen Sie zurück zum Schritt „Authenticator den Passkey erstellen lassen“.
stuck-samsung-open-security-info-sign-in-loop = Ich soll mich immer wieder mit einem Passkey anmelden, den ich noch nicht habe
stuck-samsung-open-security-info-sign-in-loop-fix = Das liegt an einer Einstellung bei { $company }. Bitten Sie die IT um einen befristeten Zugriffspass und versuchen Sie es dann erneut.

flow-samsung-create-in-app-title = Authenticator den Passkey erstellen lassen
flow-samsung-create-in-app-body = Authenticator erstellt jetzt Ihren Passkey. Beantworten Sie die Anmeldeabfragen, die die App anzeigt. Fragt sie nach einer Bildschirmsperre, tippen Sie auf „Einstellungen“, richten Sie eine ein und kommen Sie zurück. Bittet sie darum, für Passkeys aktiviert zu werden, tippen Sie auf „Einstellungen“: Der nächste Schritt zeigt, was Sie dort aktivieren müssen.
stuck-samsung-create-in-app-samsung-pass-appears = Samsung Pass erscheint und will den Passkey speichern
stuck-samsung-create-in-app-samsung-pass-appears-fix = Speichern Sie ihn nicht in Samsung Pass. Tippen Sie auf „Auf andere Weise speichern“ (auf manchen Geräten „Weitere Optionen“) und wählen Sie „Authenticator“. Wird Authenticator nicht angeboten, prüfen Sie den Schritt „Authenticator als Passkey-App festlegen“.
stuck-samsung-create-in-app-saved-in-samsung-pass = Ich habe ihn versehentlich in Samsung Pass gespeichert
stuck-samsung-create-in-app-saved-in-samsung-pass-fix = Öffnen Sie „Sicherheitsinformationen“ und löschen Sie diesen Passkey. Tippen Sie dann in Authenticator auf Ihr Arbeitskonto { -then } „Passkey erstellen“ und wählen Sie „Authenticator“, wenn Sie gefragt werden, wo er gespeichert werden soll.
stuck-samsung-create-in-app-no-screen-lock = Es heißt, ich brauche eine Bildschirmsperre
stuck-samsung-create-in-app-no-screen-lock-fix = Öffnen Sie „Einstellungen“, suchen Sie nach „Sperrbildschirmtyp“ und wählen Sie PIN, Muster oder Passwort. Kehren Sie dann zu Authenticator zurück.
stuck-samsung-create-in-app-passkey-already-exists = Es heißt, es gibt schon einen Passkey
stuck-samsung-create-in-app-passkey-already-exists-fix = Tippen Sie in Authenticator auf Ihr Konto { -then } „Einstellungen“ { -then } „Passkey löschen“ und dann erneut auf „Passkey erstellen“.

flow-samsung-finish-title = In Authenticator abschließen
flow-samsung-finish-body = Tippen Sie wieder in Authenticator auf „Fertig“. Bei Ihrem Arbeitskonto steht jetzt „Passkey“ als Anmeldemethode. Tippen Sie erneut auf „Fertig“.
stuck-samsung-finish-passkey-not-found = Bei meinem Konto steht nicht „Passkey“
stuck-samsung-finish-passkey-not-found-fix = Prüfen Sie den vorherigen Schritt: Authenticator muss für Passkeys aktiviert sein. Tippen Sie dann erneut auf Ihr Arbeitskonto { -then } „Passkey erstellen“.
stuck-samsung-finish-page-timed-out = In Authenticator gab es eine Zeitüberschreitung, oder ich wurde abgemeldet
stuck-samsung-finish-page-timed-out-fix = Öffnen Sie Authenticator erneut, tippen Sie auf Ihr Arbeitskonto und dann auf „Passkey erstellen“.

## android

flow-android-title = Android-Smartphone mit Google Passwortmanager
flow-android-summary = Sie erhalten einen Passkey im Google Passwortmanager, der auch auf Ihren anderen Geräten mit demselben Google-Konto funktioniert. Das dauert etwa 3 Minuten.

flow-android-screen-lock-title = Displaysperre prüfen
flow-android-screen-lock-body = Ihr Smartphone braucht Android 9 oder neuer und eine Displaysperre. Öffnen Sie „Einstellungen“, suchen Sie nach „Displaysperre“ und wählen Sie PIN, Muster oder Passwort, falls Sie noch keine haben.
stuck-android-screen-lock-os-too-old = Mein Smartphone hat Android 8 oder älter
stuck-android-screen-lock-os-too-old-fix = Dieses Smartphone kann keine Passkeys speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-android-screen-lock-which-version = Ich weiß nicht, welche Android-Version ich habe
stuck-android-screen-lock-which-version-fix = Öffnen Sie „Einstellungen“ { -then } „Über das Telefon“ und sehen Sie bei „Android-Version“ nach.

flow-android-check-google-title = Google Passwortmanager prüfen
flow-android-check-google-body = Achten Sie darauf, dass dieses Smartphone mit Ihrem Google-Konto angemeldet ist. Öffnen Sie ab Android 14 „Einstellungen“, suchen Sie nach „Passkeys“ und prüfen Sie, ob „Google“ ausgewählt oder aktiviert ist.
stuck-android-check-google-no-google-account = Auf diesem Smartphone gibt es kein Google-Konto
stuck-android-check-google-no-google-account-fix = Öffnen Sie „Einstellungen“, suchen Sie nach „Konten“ und fügen Sie Ihr Google-Konto hinzu. Wenn Sie Google lieber nicht nutzen möchten, gehen Sie zurück und wählen Sie einen anderen Weg.
stuck-android-check-google-other-app-preferred = Eine andere App ist als meine Passwort-App eingestellt
stuck-android-check-google-other-app-preferred-fix = Diese App versucht vielleicht, den Passkey stattdessen zu speichern. Wählen Sie „Google“, wenn Ihr Smartphone fragt, wo er gespeichert werden soll.
stuck-android-check-google-work-profile = Mein Smartphone hat ein Arbeitsprofil (Apps mit Aktentasche)
stuck-android-check-google-work-profile-fix = Ein Passkey funktioniert nur in dem Profil, in dem er gespeichert ist. Öffnen Sie den nächsten Schritt im Browser des Profils, das Sie für die Arbeit nutzen.

flow-android-open-security-info-title = Auf „Meine Sicherheitsinformationen“ beginnen
flow-android-open-security-info-body = Öffnen Sie „Meine Sicherheitsinformationen“ (aka.ms/mysecurityinfo) in Chrome und melden Sie sich mit Ihrem Konto von { $company } an. Tippen Sie auf „+ Anmeldemethode hinzufügen“ { -then } „Passkey“ und dann auf „Weiter“.
stuck-android-open-security-info-in-app-browser = Die Seite hat sich in Outlook oder Teams geöffnet
stuck-android-open-security-info-in-app-browser-fix = Aus einer anderen App heraus lassen sich Passkeys oft nicht speichern. Nutzen Sie die Option der App, den Link im Browser zu öffnen, oder geben Sie aka.ms/mysecurityinfo selbst in Chrome ein.
stuck-android-open-security-info-no-passkey-option = Ich sehe „Passkey“ nicht in der Liste
stuck-android-open-security-info-no-passkey-option-fix = { $company } hat Passkeys für Sie möglicherweise noch nicht freigeschaltet. Wenden Sie sich an die IT und fragen Sie, welche Art von Passkey Sie verwenden sollen.
stuck-android-open-security-info-only-authenticator = Ich sehe nur „Passkey in Microsoft Authenticator“
stuck-android-open-security-info-only-authenticator-fix = { $company } möchte Ihren Passkey in Microsoft Authenticator haben. Gehen Sie zurück und wählen Sie die Anleitung „Android-Smartphone mit Microsoft Authenticator“.

flow-android-save-passkey-title = Passkey speichern
flow-android-save-passkey-body = Wenn Ihr Smartphone anbietet, einen Passkey zu erstellen, prüfen Sie, ob dort Google Passwortmanager steht, und tippen Sie auf „Weiter“. Entsperren Sie mit Fingerabdruck, Gesicht oder Displaysperre.
stuck-android-save-passkey-not-allowed = Es heißt, meine Organisation erlaubt diesen Passkey nicht
stuck-android-save-passkey-not-allowed-fix = { $company } erlaubt nur Passkeys, die auf einem Gerät bleiben. Gehen Sie zurück und wählen Sie die Anleitung „Android-Smartphone mit Microsoft Authenticator“.
stuck-android-save-passkey-other-app-offered = Eine andere App bietet an, ihn zu speichern
stuck-android-save-passkey-other-app-offered-fix = Tippen Sie auf „Auf andere Weise speichern“ (oder „Weitere Optionen“) und wählen Sie „Google Passwortmanager“.
stuck-android-save-passkey-nothing-happens = Es erscheint nichts
stuck-android-save-passkey-nothing-happens-fix = Achten Sie darauf, dass die Seite in Chrome geöffnet und Ihre Displaysperre eingerichtet ist. Aktualisieren Sie Chrome und die Google Play-Dienste im Play Store und beginnen Sie dann erneut bei „+ Anmeldemethode hinzufügen“.

flow-android-name-it-title = Passkey benennen
flow-android-name-it-body = Geben Sie einen Namen ein, den Sie wiedererkennen, etwa „Mein Smartphone“, und tippen Sie auf „Weiter“. Tippen Sie dann auf „Fertig“. Der Passkey steht jetzt in Ihrer Liste der Anmeldemethoden.
stuck-android-name-it-closed-too-early = Ich habe die Seite geschlossen, bevor ich ihn benannt habe
stuck-android-name-it-closed-too-early-fix = Öffnen Sie „Meine Sicherheitsinformationen“. Steht der Passkey dort, sind Sie fertig. Wenn nicht, beginnen Sie erneut bei „+ Anmeldemethode hinzufügen“.

## android-authenticator

flow-android-authenticator-title = Android-Smartphone mit Microsoft Authenticator
flow-android-authenticator-summary = Sie erhalten einen Passkey in der App Microsoft Authenticator auf Ihrem Smartphone und melden sich dann mit Fingerabdruck, Gesicht oder PIN an. Das dauert etwa 5 Minuten.

flow-android-authenticator-update-title = Smartphone aktualisieren
flow-android-authenticator-update-body = Ihr Smartphone braucht Android 14 oder neuer. Öffnen Sie „Einstellungen“, suchen Sie nach „Systemupdate“ und installieren Sie alle angezeigten Updates.
stuck-android-authenticator-update-os-too-old = Mein Smartphone lässt sich nicht auf Android 14 aktualisieren
stuck-android-authenticator-update-os-too-old-fix = Dieses Smartphone kann keinen Passkey in Authenticator speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-android-authenticator-update-which-version = Ich weiß nicht, welche Android-Version ich habe
stuck-android-authenticator-update-which-version-fix = Öffnen Sie „Einstellungen“ { -then } „Über das Telefon“ und sehen Sie bei „Android-Version“ nach.

flow-android-authenticator-install-authenticator-title = Arbeitskonto zu Authenticator hinzufügen
flow-android-authenticator-install-authenticator-body = Installieren Sie „Microsoft Authenticator“ aus dem Play Store, öffnen Sie die App und gehen Sie die ersten Bildschirme durch. Tippen Sie auf „Geschäfts-, Schul- oder Unikonto hinzufügen“ (oder „Konto hinzufügen“ oder „+“ { -then } „Geschäfts-, Schul- oder Unikonto“), dann auf „Anmelden“, und melden Sie sich mit Ihrem Arbeitskonto von { $company } an. Ist Ihr Arbeitskonto schon da, tippen Sie darauf und dann auf „Passkey erstellen“.
stuck-android-authenticator-install-authenticator-work-profile = Mein Smartphone hat ein Arbeitsprofil (Apps mit Aktentasche)
stuck-android-authenticator-install-authenticator-work-profile-fix = Ein Passkey funktioniert nur in dem Profil, in dem er gespeichert ist. Verwenden Sie Authenticator in dem Profil, in dem Ihre Arbeits-Apps sind. Nutzen Sie Arbeits-Apps in beiden Profilen, erstellen Sie in jedem einen Passkey.
stuck-android-authenticator-install-authenticator-account-already-added = Authenticator zeigt mein Arbeitskonto schon an
stuck-android-authenticator-install-authenticator-account-already-added-fix = Tippen Sie auf Ihr Arbeitskonto, dann auf „Passkey erstellen“, und fahren Sie mit dem nächsten Schritt fort.
stuck-android-authenticator-install-authenticator-cant-sign-in = Authenticator will, dass ich meine Identität bestätige, und das klappt nicht
stuck-android-authenticator-install-authenticator-cant-sign-in-fix = Bitten Sie die IT von { $company } um einen befristeten Zugriffspass. Geben Sie ihn ein, wenn Authenticator danach fragt.

flow-android-authenticator-enable-provider-title = Authenticator Passkeys speichern lassen
flow-android-authenticator-enable-provider-body = Öffnen Sie „Einstellungen“ { -then } „Passwörter und Konten“. Aktivieren Sie unter „Zusätzliche Anbieter“ (Additional providers) die Option „Authenticator“. Kehren Sie dann zu Authenticator zurück.
stuck-android-authenticator-enable-provider-menu-missing = Die Menüs auf meinem Smartphone sehen anders aus
stuck-android-authenticator-enable-provider-menu-missing-fix = Öffnen Sie „Einstellungen“, tippen Sie auf die Suchleiste und geben Sie „Passkeys“ ein. Öffnen Sie das Ergebnis zu Passwörtern und Passkeys und aktivieren Sie dann „Authenticator“.
stuck-android-authenticator-enable-provider-authenticator-not-listed = Authenticator steht nicht in der Liste oder lässt sich nicht aktivieren
stuck-android-authenticator-enable-provider-authenticator-not-listed-fix = Aktualisieren Sie Authenticator im Play Store, öffnen Sie die App einmal und sehen Sie erneut nach. Lässt es sich unter Android 14 weiterhin nicht aktivieren, aktualisieren Sie Ihr Smartphone auf Android 15.

flow-android-authenticator-open-security-info-title = In „Sicherheitsinformationen“ prüfen
flow-android-authenticator-open-security-info-body = Öffnen Sie „Sicherheitsinformationen“ in Chrome und melden Sie sich mit Ihrem Konto von { $company } an. Ihr neuer Passkey steht in der Liste der Anmeldemethoden. Kehren Sie dann zu dieser Anleitung zurück und tippen Sie auf „Ich bin fertig“.
stuck-android-authenticator-open-security-info-in-app-browser = Die Seite hat sich in Outlook oder Teams geöffnet
stuck-android-authenticator-open-security-info-in-app-browser-fix = Öffnen Sie sie stattdessen in Chrome: Nutzen Sie die Option der App, den Link im Browser zu öffnen, oder geben Sie aka.ms/mysecurityinfo selbst in Chrome ein.
stuck-android-authenticator-open-security-info-no-passkey-option = Mein Passkey steht nicht in der Liste
stuck-android-authenticator-open-security-info-no-passkey-option-fix = Laden Sie die Seite neu. Fehlt er immer noch, prüfen Sie in Authenticator, ob bei Ihrem Arbeitskonto „Passkey“ steht; wenn nicht, gehen Sie zurück zum Schritt „Authenticator den Passkey erstellen lassen“.
stuck-android-authenticator-open-security-info-sign-in-loop = Ich soll mich immer wieder mit einem Passkey anmelden, den ich noch nicht habe
stuck-android-authenticator-open-security-info-sign-in-loop-fix = Das liegt an einer Einstellung bei { $company }. Bitten Sie die IT um einen befristeten Zugriffspass und versuchen Sie es dann erneut.

flow-android-authenticator-create-in-app-title = Authenticator den Passkey erstellen lassen
flow-android-authenticator-create-in-app-body = Authenticator erstellt jetzt Ihren Passkey. Beantworten Sie die Anmeldeabfragen, die die App anzeigt. Fragt sie nach einer Displaysperre, tippen Sie auf „Einstellungen“, richten Sie eine ein und kommen Sie zurück. Bittet sie darum, für Passkeys aktiviert zu werden, tippen Sie auf „Einstellungen“: Der nächste Schritt zeigt, was Sie dort aktivieren müssen.
stuck-android-authenticator-create-in-app-other-app-offered = Google Passwortmanager oder eine andere App bietet an, ihn zu speichern
stuck-android-authenticator-create-in-app-other-app-offered-fix = Speichern Sie ihn dort nicht. Tippen Sie auf „Auf andere Weise speichern“ (oder „Weitere Optionen“) und wählen Sie „Authenticator“. Wird Authenticator nicht angeboten, prüfen Sie den Schritt „Authenticator Passkeys speichern lassen“.
stuck-android-authenticator-create-in-app-no-screen-lock = Es heißt, ich brauche eine Displaysperre
stuck-android-authenticator-create-in-app-no-screen-lock-fix = Öffnen Sie „Einstellungen“, suchen Sie nach „Displaysperre“ und wählen Sie PIN, Muster oder Passwort. Kehren Sie dann zu Authenticator zurück.
stuck-android-authenticator-create-in-app-passkey-already-exists = Es heißt, es gibt schon einen Passkey
stuck-android-authenticator-create-in-app-passkey-already-exists-fix = Tippen Sie in Authenticator auf Ihr Konto { -then } „Einstellungen“ { -then } „Passkey löschen“ und dann erneut auf „Passkey erstellen“.
stuck-android-authenticator-create-in-app-registration-failed = Es heißt, der Passkey konnte nicht hinzugefügt werden
stuck-android-authenticator-create-in-app-registration-failed-fix = Warten Sie eine Minute und versuchen Sie es erneut; die Prüfung im Hintergrund ist manchmal ausgelastet. Schlägt es wieder fehl, wenden Sie sich an die IT von { $company } und nennen Sie die genaue Meldung.

flow-android-authenticator-finish-title = In Authenticator abschließen
flow-android-authenticator-finish-body = Tippen Sie wieder in Authenticator auf „Fertig“. Bei Ihrem Arbeitskonto steht jetzt „Passkey“ als Anmeldemethode. Tippen Sie erneut auf „Fertig“.
stuck-android-authenticator-finish-passkey-not-found = Bei meinem Konto steht nicht „Passkey“
stuck-android-authenticator-finish-passkey-not-found-fix = Prüfen Sie den vorherigen Schritt: Authenticator muss für Passkeys aktiviert sein. Tippen Sie dann erneut auf Ihr Arbeitskonto { -then } „Passkey erstellen“.
stuck-android-authenticator-finish-page-timed-out = In Authenticator gab es eine Zeitüberschreitung, oder ich wurde abgemeldet
stuck-android-authenticator-finish-page-timed-out-fix = Öffnen Sie Authenticator erneut, tippen Sie auf Ihr Arbeitskonto und dann auf „Passkey erstellen“.

## windows-hello

flow-windows-hello-title = Windows-PC mit Windows Hello
flow-windows-hello-summary = Sie erhalten einen Passkey auf diesem PC, den Sie mit Gesicht, Fingerabdruck oder PIN über Windows Hello entsperren. Das dauert etwa 3 Minuten.

flow-windows-hello-set-up-hello-title = Windows Hello einrichten
flow-windows-hello-set-up-hello-body = Öffnen Sie „Einstellungen“ { -then } „Konten“ { -then } „Anmeldeoptionen“. Wenn Sie noch keine PIN haben, wählen Sie „PIN (Windows Hello)“ { -then } „Einrichten“. Dort können Sie auch Gesicht oder Fingerabdruck hinzufügen.
stuck-windows-hello-set-up-hello-greyed-out = Die Windows Hello-Optionen sind ausgegraut
stuck-windows-hello-set-up-hello-greyed-out-fix = Ihr PC wird möglicherweise von { $company } verwaltet. Bitten Sie die IT, Windows Hello zuzulassen, oder gehen Sie zurück und wählen Sie einen anderen Weg.
stuck-windows-hello-set-up-hello-no-face-or-fingerprint = Mein PC hat keine Anmeldung per Gesicht oder Fingerabdruck
stuck-windows-hello-set-up-hello-no-face-or-fingerprint-fix = Kein Problem: Eine Windows Hello-PIN reicht aus.
stuck-windows-hello-set-up-hello-old-windows = Mein PC wurde länger nicht aktualisiert
stuck-windows-hello-set-up-hello-old-windows-fix = Öffnen Sie „Einstellungen“ { -then } „Windows Update“ { -then } „Nach Updates suchen“, installieren Sie die angebotenen Updates und starten Sie dann neu.

flow-windows-hello-open-security-info-title = Auf „Meine Sicherheitsinformationen“ beginnen
flow-windows-hello-open-security-info-body = Öffnen Sie „Meine Sicherheitsinformationen“ (aka.ms/mysecurityinfo) in Microsoft Edge oder Chrome und melden Sie sich mit Ihrem Konto von { $company } an. Wählen Sie „+ Anmeldemethode hinzufügen“ { -then } „Passkey“ und dann „Weiter“.
stuck-windows-hello-open-security-info-no-passkey-option = Ich sehe „Passkey“ nicht in der Liste
stuck-windows-hello-open-security-info-no-passkey-option-fix = { $company } hat Passkeys für Sie möglicherweise noch nicht freigeschaltet. Wenden Sie sich an die IT und fragen Sie, welche Art von Passkey Sie verwenden sollen.
stuck-windows-hello-open-security-info-only-authenticator = Ich sehe nur „Passkey in Microsoft Authenticator“
stuck-windows-hello-open-security-info-only-authenticator-fix = { $company } möchte Ihren Passkey in Microsoft Authenticator auf Ihrem Smartphone haben. Gehen Sie zurück und wählen Sie die Anleitung für Computer und Smartphone.

flow-windows-hello-save-passkey-title = Auf diesem PC speichern
flow-windows-hello-save-passkey-body = Windows bietet an, Ihren Passkey zu speichern, mit dem Hinweis, dass er auf Ihrem Windows-Gerät gespeichert wird. Wählen Sie „OK“ und bestätigen Sie mit Gesicht, Fingerabdruck oder PIN. (Nennt Windows stattdessen einen anderen Ort, wählen Sie „Ändern“ und dann „Dieses Windows-Gerät“.)
flow-windows-hello-save-passkey-body-windows10 = Ein Fenster „Windows-Sicherheit“ fordert Sie auf, mit Windows Hello zu bestätigen. Verwenden Sie wie verlangt Gesicht, Fingerabdruck oder PIN, und speichern Sie den Passkey auf diesem PC.
stuck-windows-hello-save-passkey-no-windows-option = „Dieses Windows-Gerät“ wird nicht angeboten
stuck-windows-hello-save-passkey-no-windows-option-fix = Richten Sie zuerst eine Windows Hello-PIN ein (Schritt 1) und beginnen Sie dann erneut bei „+ Anmeldemethode hinzufügen“.
stuck-windows-hello-save-passkey-browser-offers-other-app = Mein Browser will ihn in einem Passwortmanager speichern
stuck-windows-hello-save-passkey-browser-offers-other-app-fix = Wählen Sie „Auf andere Weise speichern“ (oder „Weitere Optionen“) und dann die Option für Windows Hello bzw. dieses Windows-Gerät.
stuck-windows-hello-save-passkey-already-registered = Es heißt, ein Passkey ist bereits registriert
stuck-windows-hello-save-passkey-already-registered-fix = Auf einem Computer von { $company } ist Windows Hello für Ihr Arbeitskonto eventuell schon eingerichtet, und Windows kann keinen zweiten Passkey dafür speichern. An diesem PC können Sie sich bereits mit Windows Hello anmelden; für andere Geräte gehen Sie zurück und wählen Sie die Anleitung für das Smartphone.
stuck-windows-hello-save-passkey-not-allowed = Es heißt, dieser Passkey ist nicht erlaubt
stuck-windows-hello-save-passkey-not-allowed-fix = { $company } erlaubt Passkeys in Windows Hello möglicherweise noch nicht. Wenden Sie sich an die IT, oder gehen Sie zurück und wählen Sie einen anderen Weg.

flow-windows-hello-name-it-title = Passkey benennen
flow-windows-hello-name-it-body = Geben Sie einen Namen ein, den Sie wiedererkennen, etwa „Mein Laptop“, und wählen Sie „Weiter“. Wählen Sie dann „Fertig“. Der Passkey steht jetzt in Ihrer Liste der Anmeldemethoden.
stuck-windows-hello-name-it-closed-too-early = Ich habe die Seite geschlossen, bevor ich ihn benannt habe
stuck-windows-hello-name-it-closed-too-early-fix = Öffnen Sie „Meine Sicherheitsinformationen“. Steht der Passkey dort, sind Sie fertig. Wenn nicht, beginnen Sie erneut bei „+ Anmeldemethode hinzufügen“.

## mac

flow-mac-title = Mac mit iCloud-Schlüsselbund
flow-mac-summary = Sie erhalten einen Passkey im iCloud-Schlüsselbund, den Sie mit Touch ID oder Ihrem Mac-Passwort entsperren und der auch auf Ihren anderen Apple-Geräten bereitsteht. Das dauert etwa 3 Minuten.

flow-mac-update-title = Mac aktualisieren
flow-mac-update-body = Ihr Mac braucht macOS 13 Ventura oder neuer. Wählen Sie Apple-Menü { -then } „Systemeinstellungen“ { -then } „Allgemein“ { -then } „Softwareupdate“ und installieren Sie alle angezeigten Updates.
stuck-mac-update-os-too-old = Mein Mac lässt sich nicht auf macOS 13 aktualisieren
stuck-mac-update-os-too-old-fix = Dieser Mac kann keine Passkeys speichern. Gehen Sie zurück und wählen Sie die Anleitung für Computer und Smartphone, oder fragen Sie die IT von { $company }, welchen anderen Weg Sie nutzen können.
stuck-mac-update-which-version = Ich weiß nicht, welche macOS-Version ich habe
stuck-mac-update-which-version-fix = Wählen Sie Apple-Menü { -then } „Über diesen Mac“ und sehen Sie sich die Versionsnummer an.

flow-mac-icloud-keychain-title = iCloud-Schlüsselbund aktivieren
flow-mac-icloud-keychain-body = Wählen Sie Apple-Menü { -then } „Systemeinstellungen“ { -then } Ihr Name { -then } „iCloud“ { -then } „Passwörter“ und aktivieren Sie „Diesen Mac synchronisieren“. Unter macOS Sonoma oder älter klicken Sie statt auf „Passwörter“ auf „Passwörter & Schlüsselbund“.
flow-mac-icloud-keychain-body-macos14 = Wählen Sie Apple-Menü { -then } „Systemeinstellungen“ { -then } Ihr Name { -then } „iCloud“ { -then } „Passwörter & Schlüsselbund“ und aktivieren Sie „Diesen Mac synchronisieren“.
stuck-mac-icloud-keychain-no-apple-account = Ich bin nicht mit einem Apple Account angemeldet
stuck-mac-icloud-keychain-no-apple-account-fix = Klicken Sie oben in „Systemeinstellungen“ auf „Anmelden“ und melden Sie sich an. Wenn Sie iCloud lieber nicht nutzen möchten, gehen Sie zurück und wählen Sie einen anderen Weg.
stuck-mac-icloud-keychain-two-factor-needed = Es heißt, ich brauche die Zwei-Faktor-Authentifizierung
stuck-mac-icloud-keychain-two-factor-needed-fix = Wählen Sie Apple-Menü { -then } „Systemeinstellungen“ { -then } Ihr Name { -then } „Anmeldung & Sicherheit“ und aktivieren Sie „Zwei-Faktor-Authentifizierung“. Aktivieren Sie dann „Diesen Mac synchronisieren“.

flow-mac-open-security-info-title = Auf „Meine Sicherheitsinformationen“ beginnen
flow-mac-open-security-info-body = Öffnen Sie „Meine Sicherheitsinformationen“ (aka.ms/mysecurityinfo) in Safari und melden Sie sich mit Ihrem Konto von { $company } an. Klicken Sie auf „+ Anmeldemethode hinzufügen“ { -then } „Passkey“ und dann auf „Weiter“.
stuck-mac-open-security-info-no-passkey-option = Ich sehe „Passkey“ nicht in der Liste
stuck-mac-open-security-info-no-passkey-option-fix = { $company } hat Passkeys für Sie möglicherweise noch nicht freigeschaltet. Wenden Sie sich an die IT und fragen Sie, welche Art von Passkey Sie verwenden sollen.
stuck-mac-open-security-info-only-authenticator = Ich sehe nur „Passkey in Microsoft Authenticator“
stuck-mac-open-security-info-only-authenticator-fix = { $company } möchte Ihren Passkey in Microsoft Authenticator auf Ihrem Smartphone haben. Gehen Sie zurück und wählen Sie die Anleitung für Computer und Smartphone.

flow-mac-save-passkey-title = Passkey auf dem Mac speichern
flow-mac-save-passkey-body = Wenn Ihr Mac anbietet, einen Passkey zu sichern, klicken Sie auf „Fortfahren“ und verwenden Sie Touch ID oder Ihr Mac-Passwort.
stuck-mac-save-passkey-chrome-other-place = Ich nutze Chrome, und es will ihn woanders speichern
stuck-mac-save-passkey-chrome-other-place-fix = Wählen Sie „iCloud-Schlüsselbund“, wenn Chrome fragt, wo er gespeichert werden soll. Fragt Ihr Mac, ob Chrome Ihre Passkeys verwenden darf, erlauben Sie es. Oder verwenden Sie einfach Safari.
stuck-mac-save-passkey-only-qr-code = Es wird nur ein QR-Code für ein Smartphone angezeigt
stuck-mac-save-passkey-only-qr-code-fix = Ihr Mac kann noch keine Passkeys speichern. Prüfen Sie, ob der iCloud-Schlüsselbund aktiviert ist (Schritt 2), und beginnen Sie dann erneut in Safari.
stuck-mac-save-passkey-not-allowed = Es heißt, meine Organisation erlaubt diesen Passkey nicht
stuck-mac-save-passkey-not-allowed-fix = { $company } erlaubt nur Passkeys, die auf einem Gerät bleiben. Gehen Sie zurück und wählen Sie die Anleitung für Computer und Smartphone.

flow-mac-name-it-title = Passkey benennen
flow-mac-name-it-body = Geben Sie einen Namen ein, den Sie wiedererkennen, etwa „Mein Mac“, und klicken Sie auf „Weiter“. Klicken Sie dann auf „Fertig“. Der Passkey steht jetzt in Ihrer Liste der Anmeldemethoden.
stuck-mac-name-it-closed-too-early = Ich habe die Seite geschlossen, bevor ich ihn benannt habe
stuck-mac-name-it-closed-too-early-fix = Öffnen Sie „Meine Sicherheitsinformationen“. Steht der Passkey dort, sind Sie fertig. Wenn nicht, beginnen Sie erneut bei „+ Anmeldemethode hinzufügen“.

## security-key

flow-security-key-title = Sicherheitsschlüssel
flow-security-key-summary = Sie registrieren Ihren Sicherheitsschlüssel und melden sich dann an, indem Sie ihn einstecken (oder an das Gerät halten) und seine PIN eingeben. Das dauert etwa 5 Minuten.

flow-security-key-get-key-title = Sicherheitsschlüssel bereitlegen
flow-security-key-get-key-body = Nehmen Sie den Sicherheitsschlüssel, den Sie von { $company } bekommen haben. Führen Sie diese Schritte an einem Windows-PC oder Mac aus.
stuck-security-key-get-key-no-key = Ich habe keinen Sicherheitsschlüssel
stuck-security-key-get-key-no-key-fix = Bitten Sie die IT von { $company } um einen, oder gehen Sie zurück und wählen Sie einen anderen Weg.
stuck-security-key-get-key-doesnt-fit = Der Schlüssel passt nicht in meinen Computer
stuck-security-key-get-key-doesnt-fit-fix = Verwenden Sie einen Adapter zwischen USB-C und USB-A, oder bitten Sie die IT um einen passenden Schlüssel.
stuck-security-key-get-key-chromebook = Ich nutze ein Chromebook
stuck-security-key-get-key-chromebook-fix = Auf einem Chromebook lässt sich kein Sicherheitsschlüssel hinzufügen. Fügen Sie ihn einmalig an einem Windows-PC oder Mac hinzu.

flow-security-key-set-pin-title = PIN für den Schlüssel festlegen
flow-security-key-set-pin-body = Ihr Schlüssel braucht eine PIN. Öffnen Sie unter Windows „Einstellungen“ { -then } „Konten“ { -then } „Anmeldeoptionen“ { -then } „Sicherheitsschlüssel“ { -then } „Verwalten“, stecken Sie den Schlüssel ein und fügen Sie eine PIN hinzu. Hat er schon eine, überspringen Sie diesen Schritt.
stuck-security-key-set-pin-on-a-mac = Ich nutze einen Mac
stuck-security-key-set-pin-on-a-mac-fix = Ein Mac hat dafür keine Einstellung. Legen Sie die PIN mit der App des Schlüsselherstellers oder an einem Windows-PC fest, oder fragen Sie die IT von { $company }.
stuck-security-key-set-pin-forgot-pin = Ich habe die PIN meines Schlüssels vergessen
stuck-security-key-set-pin-forgot-pin-fix = Eine vergessene PIN lässt sich nur durch Zurücksetzen des Schlüssels beheben, und dabei wird alles darauf gelöscht. Haben Sie den Schlüssel von { $company } bekommen, fragen Sie zuerst die IT; andernfalls verwenden Sie „Zurücksetzen“ im selben Fenster „Verwalten“.

flow-security-key-open-security-info-title = Auf „Meine Sicherheitsinformationen“ beginnen
flow-security-key-open-security-info-body = Öffnen Sie auf dem Computer „Meine Sicherheitsinformationen“ (aka.ms/mysecurityinfo) und melden Sie sich mit Ihrem Konto von { $company } an. Klicken Sie auf „+ Anmeldemethode hinzufügen“ { -then } „Passkey“ und dann auf „Weiter“.
stuck-security-key-open-security-info-no-passkey-option = Ich sehe „Passkey“ nicht in der Liste
stuck-security-key-open-security-info-no-passkey-option-fix = { $company } hat Passkeys für Sie möglicherweise noch nicht freigeschaltet. Wenden Sie sich an die IT und fragen Sie, welche Art von Passkey Sie verwenden sollen.
stuck-security-key-open-security-info-only-authenticator = Ich sehe nur „Passkey in Microsoft Authenticator“
stuck-security-key-open-security-info-only-authenticator-fix = { $company } akzeptiert für Sie derzeit keine Sicherheitsschlüssel. Wenden Sie sich an die IT, oder gehen Sie zurück und wählen Sie die Anleitung für Computer und Smartphone.

flow-security-key-choose-key-title = „Sicherheitsschlüssel“ wählen
flow-security-key-choose-key-body = Wenn Sie gefragt werden, wo der Passkey gespeichert werden soll, wählen Sie „Sicherheitsschlüssel“ { -then } „Weiter“ und dann „OK“. Auf einem Mac oder in Chrome finden Sie das eventuell unter „Andere Optionen“ oder „Auf andere Weise speichern“.
stuck-security-key-choose-key-no-key-option = Ich sehe „Sicherheitsschlüssel“ nicht
stuck-security-key-choose-key-no-key-option-fix = Sehen Sie unter „Andere Optionen“, „Weitere Optionen“ oder „Auf andere Weise speichern“ nach. Speichern Sie ihn nicht auf dem Computer oder Ihrem Smartphone.
stuck-security-key-choose-key-saved-wrong-place = Ich habe ihn versehentlich auf dem Computer oder meinem Smartphone gespeichert
stuck-security-key-choose-key-saved-wrong-place-fix = Löschen Sie diesen Passkey in „Meine Sicherheitsinformationen“, beginnen Sie dann erneut bei „+ Anmeldemethode hinzufügen“ und wählen Sie „Sicherheitsschlüssel“.

flow-security-key-touch-key-title = Schlüssel einstecken und berühren
flow-security-key-touch-key-body = Stecken Sie Ihren Schlüssel ein (oder halten Sie ihn an das Lesegerät). Meldet der Browser, dass login.microsoft.com erweiterte Informationen über Ihren Sicherheitsschlüssel abrufen möchte, wählen Sie „Zulassen“. Geben Sie die PIN des Schlüssels ein und berühren Sie den Schlüssel, wenn er blinkt.
stuck-security-key-touch-key-asks-new-pin = Ich soll eine PIN erstellen
stuck-security-key-touch-key-asks-new-pin-fix = Wählen Sie eine PIN mit mindestens 4 Zeichen, die Sie sich merken können, und geben Sie sie zweimal ein. Sie brauchen sie bei jeder Anmeldung.
stuck-security-key-touch-key-key-not-allowed = Es heißt, dieser Sicherheitsschlüssel ist nicht erlaubt
stuck-security-key-touch-key-key-not-allowed-fix = { $company } akzeptiert nur bestimmte Schlüsselmodelle. Wenden Sie sich an die IT und sagen Sie, welchen Schlüssel Sie haben.
stuck-security-key-touch-key-nothing-happens = Es passiert nichts, wenn ich den Schlüssel berühre
stuck-security-key-touch-key-nothing-happens-fix = Ziehen Sie den Schlüssel ab, stecken Sie ihn direkt in einen anderen Anschluss (nicht in einen Hub) und versuchen Sie es erneut.
stuck-security-key-touch-key-pin-wrong = Es heißt, die PIN ist falsch oder gesperrt
stuck-security-key-touch-key-pin-wrong-fix = Ziehen Sie den Schlüssel nach einigen Fehlversuchen ab und stecken Sie ihn wieder ein. Nach zu vielen Fehlversuchen muss der Schlüssel zurückgesetzt werden: siehe „Ich habe die PIN meines Schlüssels vergessen“ in Schritt 2.

flow-security-key-name-it-title = Schlüssel benennen
flow-security-key-name-it-body = Geben Sie einen Namen ein, den Sie wiedererkennen, etwa „Blauer Sicherheitsschlüssel“, und klicken Sie auf „Weiter“. Klicken Sie dann auf „Fertig“. Der Schlüssel steht jetzt in Ihrer Liste der Anmeldemethoden.
stuck-security-key-name-it-closed-too-early = Ich habe die Seite geschlossen, bevor ich ihn benannt habe
stuck-security-key-name-it-closed-too-early-fix = Öffnen Sie „Meine Sicherheitsinformationen“. Steht der Schlüssel dort, sind Sie fertig. Wenn nicht, beginnen Sie erneut bei „+ Anmeldemethode hinzufügen“.

## cross-device

flow-cross-device-title = Computer und Smartphone mit Microsoft Authenticator
flow-cross-device-summary = Sie erhalten einen Passkey in Microsoft Authenticator auf Ihrem Smartphone und melden sich damit an diesem Computer an. Das dauert etwa 5 Minuten.

flow-cross-device-prepare-phone-title = Smartphone vorbereiten
flow-cross-device-prepare-phone-body = Ihr Smartphone braucht iOS 17 oder neuer bzw. Android 14 oder neuer. Installieren Sie „Microsoft Authenticator“, öffnen Sie die App und tippen Sie auf „Geschäfts-, Schul- oder Unikonto hinzufügen“, um sich mit Ihrem Konto von { $company } anzumelden.
stuck-cross-device-prepare-phone-os-too-old = Mein Smartphone lässt sich nicht so weit aktualisieren
stuck-cross-device-prepare-phone-os-too-old-fix = Dieses Smartphone kann keinen Passkey in Authenticator speichern. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie nutzen können.
stuck-cross-device-prepare-phone-cant-sign-in = Authenticator will, dass ich meine Identität bestätige, und das klappt nicht
stuck-cross-device-prepare-phone-cant-sign-in-fix = Bitten Sie die IT von { $company } um einen befristeten Zugriffspass. Geben Sie ihn ein, wenn Authenticator danach fragt.
stuck-cross-device-prepare-phone-work-profile = Mein Android-Smartphone hat ein Arbeitsprofil (Apps mit Aktentasche)
stuck-cross-device-prepare-phone-work-profile-fix = Verwenden Sie Authenticator im Arbeitsprofil, wenn Ihre Arbeits-Apps dort sind. Ein Passkey funktioniert nur in dem Profil, in dem er gespeichert ist.

flow-cross-device-enable-provider-title = Authenticator Passkeys speichern lassen
flow-cross-device-enable-provider-body = iPhone: „Einstellungen“ { -then } „Allgemein“ { -then } „Automatisch ausfüllen & Passwörter“, dann „Authenticator“ aktivieren. Android: „Einstellungen“ öffnen, nach „Passkeys“ suchen und „Authenticator“ aktivieren.
stuck-cross-device-enable-provider-authenticator-not-listed = Authenticator steht nicht in der Liste
stuck-cross-device-enable-provider-authenticator-not-listed-fix = Aktualisieren Sie Authenticator, öffnen Sie die App einmal und sehen Sie erneut nach. Lässt es sich unter Android 14 weiterhin nicht aktivieren, aktualisieren Sie das Smartphone auf Android 15.
stuck-cross-device-enable-provider-menu-missing = Ich finde dieses Menü auf meinem iPhone nicht
stuck-cross-device-enable-provider-menu-missing-fix = Unter iOS 17 finden Sie es unter „Einstellungen“ { -then } „Passwörter“ { -then } „Passwortoptionen“. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie „Authenticator“.

flow-cross-device-open-security-info-title = Am Computer beginnen
flow-cross-device-open-security-info-body = Öffnen Sie auf dem Computer „Meine Sicherheitsinformationen“ (aka.ms/mysecurityinfo) und melden Sie sich mit Ihrem Konto von { $company } an. Klicken Sie auf „+ Anmeldemethode hinzufügen“ { -then } „Passkey in Microsoft Authenticator“ und folgen Sie der Seite.
stuck-cross-device-open-security-info-no-passkey-option = Ich sehe „Passkey in Microsoft Authenticator“ nicht
stuck-cross-device-open-security-info-no-passkey-option-fix = { $company } hat das für Sie möglicherweise noch nicht freigeschaltet. Wenden Sie sich an die IT und fragen Sie, welche Art von Passkey Sie verwenden sollen.
stuck-cross-device-open-security-info-sign-in-loop = Ich soll mich immer wieder mit einem Passkey anmelden, den ich noch nicht habe
stuck-cross-device-open-security-info-sign-in-loop-fix = Das liegt an einer Einstellung bei { $company }. Bitten Sie die IT um einen befristeten Zugriffspass und versuchen Sie es dann erneut.
stuck-cross-device-open-security-info-download-qr = Die Seite zeigt einen QR-Code zum Herunterladen der App
stuck-cross-device-open-security-info-download-qr-fix = Ist Authenticator schon auf Ihrem Smartphone, klicken Sie einfach auf „Weiter“. Andernfalls scannen Sie den Code mit der Kamera Ihres Smartphones, um die App zu installieren.

flow-cross-device-create-on-phone-title = Passkey auf dem Smartphone erstellen
flow-cross-device-create-on-phone-body = Wenn die Seite Sie dazu auffordert, öffnen Sie Authenticator auf Ihrem Smartphone. Ist Ihr Arbeitskonto schon da, tippen Sie darauf { -then } „Passkey erstellen“; wenn nicht, tippen Sie auf „Geschäfts-, Schul- oder Unikonto hinzufügen“ (oder „+“ { -then } „Geschäfts-, Schul- oder Unikonto“) { -then } „Anmelden“. Beantworten Sie die Anmeldeabfragen, tippen Sie auf „Einstellungen“, wenn die App eine Bildschirmsperre verlangt oder für Passkeys aktiviert werden möchte, und kommen Sie zurück. Wenn unter Ihrem Konto „Passkey“ erscheint, tippen Sie auf „Fertig“ und dann erneut auf „Fertig“.
stuck-cross-device-create-on-phone-no-create-option = Ich sehe „Passkey erstellen“ nicht
stuck-cross-device-create-on-phone-no-create-option-fix = Aktualisieren Sie Authenticator und achten Sie darauf, dass Sie auf Ihr Arbeitskonto getippt haben. Fehlt die Option weiterhin, wenden Sie sich an die IT von { $company }.
stuck-cross-device-create-on-phone-no-screen-lock = Es heißt, ich brauche eine Bildschirmsperre
stuck-cross-device-create-on-phone-no-screen-lock-fix = Legen Sie in den Einstellungen Ihres Smartphones einen Code, eine PIN, ein Muster oder ein Passwort fest und kehren Sie dann zu Authenticator zurück.
stuck-cross-device-create-on-phone-passkey-already-exists = Es heißt, es gibt schon einen Passkey
stuck-cross-device-create-on-phone-passkey-already-exists-fix = Tippen Sie in Authenticator auf Ihr Konto { -then } „Einstellungen“ { -then } „Passkey löschen“ und dann erneut auf „Passkey erstellen“.
stuck-cross-device-create-on-phone-other-app-offered = Samsung Pass oder eine andere App bietet an, ihn zu speichern
stuck-cross-device-create-on-phone-other-app-offered-fix = Speichern Sie ihn dort nicht. Tippen Sie auf „Auf andere Weise speichern“ (oder „Weitere Optionen“) und wählen Sie „Authenticator“.

flow-cross-device-finish-title = Am Computer abschließen
flow-cross-device-finish-body = Klicken Sie wieder am Computer auf „Weiter“. Warten Sie, während die Seite Ihren Passkey prüft, und klicken Sie dann auf „Fertig“.
stuck-cross-device-finish-passkey-not-found = Die Seite sagt, sie findet meinen Passkey nicht
stuck-cross-device-finish-passkey-not-found-fix = Prüfen Sie in Authenticator, ob bei Ihrem Arbeitskonto „Passkey“ steht und ob es dasselbe Konto ist, das Sie am Computer verwendet haben. Klicken Sie dann erneut auf „Weiter“.
stuck-cross-device-finish-page-timed-out = Die Seite ist abgelaufen oder hat mich abgemeldet
stuck-cross-device-finish-page-timed-out-fix = Öffnen Sie „Meine Sicherheitsinformationen“ erneut und melden Sie sich an. Steht der Passkey nicht in der Liste, beginnen Sie erneut bei „+ Anmeldemethode hinzufügen“.

flow-cross-device-try-it-title = Am Computer mit dem Smartphone anmelden
flow-cross-device-try-it-body = Schalten Sie Bluetooth am Computer und am Smartphone ein. Wählen Sie bei der Anmeldung am Computer „Other ways to sign in“ (Andere Anmeldemöglichkeiten) oder „Sign-in options“ (Anmeldeoptionen) { -then } „Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel“; unter Windows 11 dann „iPhone, iPad oder Android-Gerät“. Scannen Sie den QR-Code mit der Kamera-App Ihres Smartphones und tippen Sie auf dem iPhone auf „Sign in with passkey“ (Mit Passkey anmelden) bzw. unter Android auf „Use passkey to sign in“ (Passkey zum Anmelden verwenden).
stuck-cross-device-try-it-qr-wont-scan = Mein Smartphone scannt den QR-Code nicht
stuck-cross-device-try-it-qr-wont-scan-fix = Verwenden Sie die Kamera-App des Smartphones: Auf einem iPhone kann der Scanner in Authenticator diesen Code nicht lesen. Erhöhen Sie die Bildschirmhelligkeit des Computers und versuchen Sie es erneut.
stuck-cross-device-try-it-bluetooth-off = Ich werde aufgefordert, Bluetooth einzuschalten
stuck-cross-device-try-it-bluetooth-off-fix = Schalten Sie Bluetooth auf beiden Geräten ein: unter Windows in „Einstellungen“ { -then } „Bluetooth und Geräte“, auf einem Mac in „Systemeinstellungen“ { -then } „Bluetooth“ und auf dem Smartphone in dessen Einstellungen. Halten Sie das Smartphone in der Nähe des Computers.
stuck-cross-device-try-it-no-bluetooth = Mein Computer hat kein Bluetooth, oder es ist gesperrt
stuck-cross-device-try-it-no-bluetooth-fix = Für die Anmeldung mit dem Smartphone braucht der Computer Bluetooth. Wenden Sie sich an die IT von { $company } und fragen Sie, welchen anderen Weg Sie an diesem Computer nutzen können.
stuck-cross-device-try-it-nothing-after-scan = Ich habe den Code gescannt, aber es passiert nichts
stuck-cross-device-try-it-nothing-after-scan-fix = Lassen Sie beide Geräte online und nah beieinander, prüfen Sie Bluetooth auf beiden und versuchen Sie es noch einmal. Klappt es im Büronetzwerk immer wieder nicht, wenden Sie sich an die IT von { $company }.
