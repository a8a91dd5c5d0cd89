## Admin frame

admin-product = Passkey Guide
admin-nav = Mandant
admin-sign-out = Abmelden
admin-settings = Einstellungen
admin-dashboard = Dashboard
admin-emails = E-Mails
admin-tokens = Token und Links

## Sign-in

admin-sign-in-title = Melden Sie sich an, um Ihre Anleitung zu verwalten
admin-email = E-Mail
admin-password = Passwort
admin-sign-in = Anmelden
admin-wrong-credentials = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Administrator.
admin-too-many-attempts = Zu viele fehlgeschlagene Versuche. Warten Sie 15 Minuten und versuchen Sie es dann erneut.
admin-sign-in-expired = Dieses Anmeldeformular ist abgelaufen oder kam von einer anderen Website. Melden Sie sich hier erneut an.

## Tenants

admin-tenants-title = Ihre Anleitungen
admin-open-guide = Anleitung öffnen
admin-create-tenant = Organisation hinzufügen
admin-slug = Adresse (der Teil nach dem Schrägstrich)
admin-slug-hint = 2 bis 40 Zeichen: Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „contoso“.
admin-name = Name der Organisation
admin-create = Erstellen
admin-error-slug = Diese Adresse kann nicht verwendet werden: Verwenden Sie 2 bis 40 Kleinbuchstaben, Ziffern und Bindestriche und kein reserviertes Wort wie „admin“ oder „api“.
admin-error-slug-taken = Diese Adresse wird bereits von einer anderen Organisation verwendet.

## Settings

admin-settings-title = Branding und Richtlinie
admin-saved = Gespeichert. Die Anleitung zeigt Ihre Änderungen ab sofort an.
admin-color-adjusted = Ihre Farbe { $chosen } ist zu hell für gut lesbaren Text und gut lesbare Schaltflächen. Die Anleitung verwendet daher { $used }, die nächstgelegene Farbe, die WCAG AA erfüllt.
admin-fix-errors = Einige Werte müssen korrigiert werden; sie sind unten markiert. Es wurde nichts gespeichert.
admin-read-only = Sie können diese Einstellungen ansehen, aber nicht ändern.
admin-branding = Branding
admin-primary-color = Markenfarbe
admin-pick-color = Markenfarbe auswählen
admin-color-hint = Im Format #RRGGBB. Eine Farbe, die für Text zu hell ist, wird zur nächstgelegenen Farbe abgedunkelt, die WCAG AA erfüllt.
admin-support = Helpdesk-Kontakt
admin-support-email = E-Mail-Adresse des Helpdesks
admin-support-phone = Telefonnummer des Helpdesks
admin-support-url = Webseite des Helpdesks
admin-languages = Sprachen
admin-default-language = Standardsprache
admin-address = Adressen
admin-handoff-url = Wo Ihre Mitarbeitenden ihren Passkey registrieren
admin-handoff-hint = Eine der Microsoft-Seiten „Sicherheitsinformationen“, etwa https://aka.ms/mysecurityinfo. Andere Adressen werden nicht akzeptiert.
admin-domain = Eigene Domain (optional)
admin-domain-hint = Zum Beispiel passkeys.contoso.com. Lassen Sie die Domain auf diesen Server verweisen; die Anleitung ist dann dort unter „/“ erreichbar.
admin-policy = Passkey-Richtlinie
admin-policy-hint = Übernehmen Sie Ihre Einstellungen für „Passkey (FIDO2)“ aus Entra ID, damit die Anleitung nie einen Passkey vorschlägt, den Entra ablehnt.
admin-policy-synced = Synchronisierte Passkeys (iCloud-Schlüsselbund, Google Passwortmanager) sowie gerätegebundene Passkeys erlaubt
admin-policy-device-bound = Nur gerätegebundene Passkeys (Microsoft Authenticator, Sicherheitsschlüssel, Windows Hello)
admin-policy-synced-only = Nur synchronisierte Passkeys (iCloud-Schlüsselbund, Google Passwortmanager)
admin-policy-attestation = Nachweis (Attestation) erzwungen
admin-policy-keys = Schlüsseleinschränkungen
admin-policy-keys-off = Keine
admin-policy-keys-allow = Nur die unten aufgeführten AAGUIDs zulassen
admin-policy-keys-block = Die unten aufgeführten AAGUIDs blockieren
admin-policy-aaguids = AAGUIDs
admin-policy-aaguids-hint = Eine pro Zeile, wie in Ihrem Passkey-Profil in Entra. Die AAGUIDs von Microsoft Authenticator sind 90a3ccdf-635c-4729-a248-9b709135078f (iOS) und de1e552d-db1d-4423-a619-566b625cdc84 (Android).
admin-policy-aaguid-unnamed = keine bekannte AAGUID
admin-policy-windows-hello = Microsoft Entra-Passkeys in Windows Hello sind aktiviert
admin-policy-windows-hello-hint = Aktivieren Sie dies erst, wenn Sie in Entra ein Passkey-Profil angelegt haben, das die Windows Hello-AAGUIDs zulässt, ohne erzwungene Attestierung. Sonst schlägt die Registrierung in Windows Hello fehl, und die Anleitung schickt Windows-Nutzer stattdessen zu ihrem Smartphone oder einem Sicherheitsschlüssel.
admin-save = Speichern
admin-logo = Logo
admin-current-logo = Aktuelles Logo
admin-logo-hint = PNG, JPEG oder WebP, höchstens 256 KB und 2048 Pixel pro Seite. SVG wird nicht akzeptiert.
admin-upload = Hochladen
admin-remove-logo = Logo entfernen
admin-preview = Vorschau
admin-preview-note = Das ist die Startseite, die Ihre Mitarbeitenden sehen. Farbänderungen erscheinen hier, sobald Sie eine Farbe auswählen, andere Änderungen erst nach dem Speichern.
admin-error-name = Geben Sie einen Namen mit 1 bis 80 Zeichen ein.
admin-error-color = Geben Sie die Farbe im Format #RRGGBB ein, zum Beispiel #0F6CBD.
admin-error-email = Das ist keine E-Mail-Adresse.
admin-error-phone = Verwenden Sie nur Ziffern, Leerzeichen und + - ( ) .
admin-error-support-url = Verwenden Sie eine Adresse, die mit https:// beginnt.
admin-error-handoff = Erlaubt sind nur die Microsoft-Seiten „Sicherheitsinformationen“, etwa https://aka.ms/mysecurityinfo.
admin-error-domain = Geben Sie einen Hostnamen wie passkeys.contoso.com ein.
admin-error-domain-taken = Diese Domain wird bereits von einer anderen Organisation verwendet.
admin-error-domain-shared = Dieser Host zeigt bereits die Anleitungen aller Organisationen (oder ist ein lokaler Name oder eine IP-Adresse). Verwenden Sie einen eigenen Hostnamen wie passkeys.contoso.com.
admin-error-domain-owner-only = Nur ein Besitzer, der alle Organisationen verwaltet, kann eine Domain festlegen.
admin-error-languages = Wählen Sie mindestens eine Sprache und unter diesen eine Standardsprache.
admin-error-key-restriction = Wählen Sie bei den Schlüsseleinschränkungen „Keine“, eine Zulassungsliste oder eine Sperrliste.
admin-error-aaguid = Jede Zeile muss genau eine AAGUID enthalten, etwa 90a3ccdf-635c-4729-a248-9b709135078f (höchstens 500).
admin-error-allow-list-empty = Mit einer Zulassungsliste ohne AAGUIDs könnte niemand einen Passkey registrieren.
admin-error-passkey-types = Wählen Sie gerätegebundene Passkeys, synchronisierte Passkeys oder beide.
admin-error-logo-size = Das Logo ist größer als 256 KB.
admin-error-logo-svg = SVG-Logos werden nicht akzeptiert: Laden Sie eine PNG-, JPEG- oder WebP-Datei hoch.
admin-error-logo-type = Die Datei ist kein PNG-, JPEG- oder WebP-Bild, oder sie ist beschädigt.
admin-error-logo-pixels = Das Logo ist auf einer Seite größer als 2048 Pixel.

## Emails

admin-emails-title = E-Mails für Ihren Rollout
admin-emails-profiles = Passkey-Profile
admin-emails-profiles-hint = Entra weist jeder Gruppe ihr Passkey-Profil zu. Senden Sie jeder Gruppe die E-Mails ihres Profils: Deren Links öffnen die Anleitung für dieses Profil.
admin-emails-intro = Senden Sie zuerst die Ankündigung, eine Woche später die Erinnerung und nach zwei Wochen die letzte Erinnerung. Jede E-Mail verlinkt mit einer eigenen Kennung auf die Anleitung, sodass das Dashboard zeigt, über welche E-Mail die Personen gekommen sind. Kopieren Sie die Texte in Ihr E-Mail-Programm oder laden Sie einen Entwurf herunter.
admin-email-announcement = Ankündigung
admin-email-reminder = Erinnerung
admin-email-final = Letzte Erinnerung
admin-email-day = { $day ->
    [0] Am Tag 1 senden
   *[other] Am Tag { $day } senden
}
admin-email-subject = Betreff
admin-email-text = Nur-Text
admin-email-html = HTML
admin-email-download = Als Entwurf herunterladen (.eml)
admin-copy = Kopieren

## Tokens

admin-tokens-title = Token und Links
admin-tokens-intro = Mit schreibgeschützten API-Token können Skripte den Trichter und die Abdeckung dieser Anleitung auslesen. Dashboard-Links öffnen dieses Dashboard in jedem Browser ohne Konto, nur mit Zahlen und nie mit Namen. Beide gelten nur für diese Organisation, bis Sie sie widerrufen.
admin-tokens-none = Noch keine Token oder Links.
admin-token-once = Kopieren Sie dieses Token jetzt: Es wird nur einmal angezeigt.
admin-token = Neues Token
admin-token-label = Bezeichnung
admin-token-create = Erstellen
admin-token-live = Aktiv
admin-token-revoked = Widerrufen
admin-revoke = Widerrufen
admin-created = Erstellt
admin-status = Status
admin-actions = Aktionen

## Dashboard

admin-dashboard-title = Rollout-Dashboard
admin-from = Von
admin-to = Bis
admin-device = Gerät
admin-flow = Einrichtungsweg
admin-language = Sprache
admin-campaign = Kampagne
admin-all = Alle
admin-apply = Anwenden
admin-funnel = Trichter
admin-funnel-alt = Balkendiagramm der Personen in jeder Phase des Trichters
admin-stage = Phase
admin-stage-visit = Anleitung geöffnet
admin-stage-step = Schritte begonnen
admin-stage-handoff = Zu Microsoft gewechselt
admin-stage-done = Abschluss bestätigt
admin-people = Personen
admin-of-visits = Anteil an allen, die geöffnet haben
admin-bots = { $count ->
    [one] Eine Anfrage eines Bots oder Link-Scanners wurde nicht mitgezählt.
   *[other] { $count } Anfragen von Bots und Link-Scannern wurden nicht mitgezählt.
}
admin-csv = Als CSV herunterladen
admin-trend = Nach Tag
admin-trend-alt = Liniendiagramm der Personen pro Tag, die die Anleitung geöffnet und den Abschluss bestätigt haben
admin-day = Tag
admin-devices = Geräte
admin-completion = Abgeschlossen
admin-steps = Erreichte Schritte
admin-step = Schritt
admin-stuck = Wo Personen nicht weiterkommen
admin-symptom = Problem
admin-reports = Meldungen
admin-campaigns = Kampagnen
admin-no-campaign = (ohne Kennung)
admin-coverage = Passkey-Abdeckung (Entra ID)
admin-coverage-text = { $with } von { $total } Personen ({ $share }) haben laut dem am { $imported } importierten Registrierungsbericht einen Passkey. Der Bericht kann einige Stunden hinterherhinken.
admin-coverage-alt = Abdeckungsbalken im Vergleich zum Einführungsziel von 50 % und zum Schwellenwert von 95 %
admin-stragglers = Personen ohne Passkey herunterladen (CSV), für die nächste Erinnerung
admin-coverage-trend = Abdeckung pro Import
admin-imported = Importiert
admin-share = Anteil
admin-token-kind = Art
admin-token-kind-api = API-Token
admin-token-kind-share = Schreibgeschützter Dashboard-Link
admin-share-once = Kopieren Sie diesen Link jetzt: Er wird nur einmal angezeigt. Wer ihn hat, sieht die Zahlen dieses Dashboards (nie Namen), bis Sie ihn widerrufen.
admin-shared-note = Eine schreibgeschützte Ansicht der Passkey-Einführung bei { $tenant }, geteilt von der IT. Sie zeigt nur Zahlen, nie Namen.
admin-recipients = Empfänger
admin-recipients-title = Persönliche Links
admin-recipients-intro = Geben Sie jeder Person einen eigenen Link zur Anleitung und sehen Sie dann, wer ihn nie geöffnet hat, wer ihn geöffnet hat, aber noch keinen Passkey besitzt, wer hängen geblieben ist und wer registriert ist – und senden Sie die nächste Erinnerung nur an die, die sie brauchen.
admin-recipients-on = Persönliche Links sind an: Aufrufe über einen persönlichen Link werden dieser Person zugeordnet.
admin-recipients-off = Persönliche Links sind aus: Die Anleitung zählt Personen, ohne zu wissen, wer sie sind.
admin-recipients-turn-on = Persönliche Links einschalten
admin-recipients-turn-off = Persönliche Links ausschalten
admin-recipients-file = Personenliste (CSV)
admin-recipients-file-hint = Eine Kopfzeile, dann eine Person pro Zeile: eine Adressspalte (E-Mail oder userPrincipalName), optional ein Name und eine Welle. Personen, die schon auf der Liste stehen, behalten ihren Link.
admin-recipients-import = Liste importieren
admin-recipients-merge = Serienbrief
admin-recipients-merge-intro = Jede Person mit ihrem eigenen Link, für Ihren Serienbrief. Die Links wirken, sobald persönliche Links eingeschaltet sind.
admin-recipients-merge-announcement = Serienbrief für die Ankündigung
admin-recipients-merge-reminder = Serienbrief für die Erinnerung
admin-recipients-merge-final = Serienbrief für den letzten Aufruf
admin-recipients-segments = Segmente
admin-recipients-no-report = Importieren Sie den Entra-Bericht zur Benutzerregistrierung, um registrierte Personen zu erkennen; bis dahin gilt niemand als registriert.
admin-recipients-count = { $count } Personen auf der Liste
admin-recipients-segment = Segment
admin-recipients-people = Personen
admin-download-csv = CSV herunterladen
admin-segment-never-opened = Nie geöffnet
admin-segment-opened-not-registered = Geöffnet, noch kein Passkey
admin-segment-stuck = Hängen geblieben
admin-segment-registered = Registriert
admin-recipients-refused = Nichts wurde importiert: { $reason }
admin-recipients-imported = { $count } Personen importiert, davon { $added } neu.
readiness-heading = Ist Entra bereit?
readiness-intro = Auf Grundlage der zuletzt über Microsoft Graph gelesenen Entra-Konfiguration und des neuesten Registrierungsberichts.
readiness-fetched = Aus Entra gelesen am { $when }.
readiness-status-ok = Bereit
readiness-status-fail = Handlungsbedarf
readiness-status-unknown = Noch unbekannt
readiness-not-read = Noch nicht gelesen: Verbinden Sie Microsoft Graph mit der Berechtigung Policy.Read.All und führen Sie einen Abruf aus (passkey-guide entra fetch --config-only).
readiness-no-report = Noch kein Registrierungsbericht: Importieren Sie einen oder rufen Sie ihn über Microsoft Graph ab.
readiness-passkeys-enabled = Passkey (FIDO2) ist aktiviert
readiness-passkeys-enabled-ok = Passkey (FIDO2) ist in der Richtlinie für Authentifizierungsmethoden aktiviert.
readiness-passkeys-enabled-fail = Passkey (FIDO2) ist deaktiviert: Niemand kann einen Passkey hinzufügen, und „Sicherheitsinformationen“ bietet keinen an. Aktivieren Sie die Methode im Microsoft Entra Admin Center: Entra ID > Authentifizierungsmethoden > Richtlinien > Passkey (FIDO2) > Enable and target (Aktivieren und Ziel festlegen).
readiness-self-service-registration = Self-Service-Einrichtung ist erlaubt
readiness-self-service-registration-ok = Ihre Mitarbeitenden können unter „Sicherheitsinformationen“ selbst einen Passkey hinzufügen.
readiness-self-service-registration-fail = „Allow self-service set up“ (Self-Service-Einrichtung zulassen) steht auf „Nein“: Ihre Mitarbeitenden können unter „Sicherheitsinformationen“ keinen Passkey hinzufügen, obwohl Passkey (FIDO2) aktiviert ist, und jeder Einrichtungsweg endet mit einem Fehler. Setzen Sie die Option unter Entra ID > Authentifizierungsmethoden > Richtlinien > Passkey (FIDO2) > Konfigurieren auf „Ja“.
readiness-authenticator-allowed = Microsoft Authenticator ist zugelassen
readiness-authenticator-allowed-ok = Jedes Passkey-Profil mit gerätegebundenen Passkeys lässt die Passkeys von Microsoft Authenticator zu.
readiness-authenticator-allowed-fail = Die Schlüsseleinschränkungen von { $profiles } schließen Microsoft Authenticator aus (90a3ccdf-635c-4729-a248-9b709135078f unter iOS, de1e552d-db1d-4423-a619-566b625cdc84 unter Android): Personen, für die diese Profile gelten, können keinen Passkey in Authenticator speichern. Fügen Sie unter Entra ID > Authentifizierungsmethoden > Richtlinien > Passkey (FIDO2) > Konfigurieren beide AAGUIDs zu den Schlüsseleinschränkungen jedes Profils hinzu.
readiness-registration-campaign = Die Registrierungskampagne fragt nach Passkeys
readiness-registration-campaign-ok = Die Registrierungskampagne ist aktiv und fordert Personen bei der Anmeldung auf, einen Passkey oder Microsoft Authenticator einzurichten.
readiness-registration-campaign-fail = Die Registrierungskampagne ist deaktiviert oder fragt nach einer anderen Methode, sodass bei der Anmeldung niemand erinnert wird. Stellen Sie sie unter Entra ID > Authentifizierungsmethoden > Registrierungskampagne auf „Von Microsoft verwaltet“ oder auf „Aktiviert“ mit „Passkey“ oder „Microsoft Authenticator“ ein.
readiness-temporary-access-pass = Temporary Access Pass ist aktiviert
readiness-temporary-access-pass-ok = Der Helpdesk kann Personen, die keine andere starke Anmeldemethode haben, einen Temporary Access Pass ausstellen.
readiness-temporary-access-pass-fail = Temporary Access Pass ist deaktiviert: Personen ohne Microsoft Authenticator oder eine andere starke Methode können sich nicht bei „Sicherheitsinformationen“ anmelden, um ihren ersten Passkey hinzuzufügen. Aktivieren Sie ihn unter Entra ID > Authentifizierungsmethoden > Richtlinien > Temporary Access Pass.
readiness-coverage-majority = Mehr als die Hälfte hat einen Passkey
readiness-coverage-majority-ok = { $share } der Personen im Geltungsbereich haben einen Passkey: mehr als 50 %.
readiness-coverage-majority-fail = Nur { $share } der Personen im Geltungsbereich haben einen Passkey: weniger als 50 %. Das Dashboard zeigt, wer noch eine Erinnerung braucht.
readiness-summary = Entra bereit: { $ready } von { $total } Prüfungen erfüllt
