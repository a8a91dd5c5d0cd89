## Admin frame

admin-product = Passkey Guide
admin-nav = Tenant
admin-sign-out = Uitloggen
admin-settings = Instellingen
admin-dashboard = Dashboard
admin-emails = E-mails
admin-tokens = Tokens en links

## Sign-in

admin-sign-in-title = Log in om je gids te beheren
admin-email = E-mailadres
admin-password = Wachtwoord
admin-sign-in = Inloggen
admin-wrong-credentials = Dat e-mailadres en wachtwoord horen niet bij een beheerder.
admin-too-many-attempts = Te veel mislukte pogingen. Wacht 15 minuten en probeer het dan opnieuw.
admin-sign-in-expired = Dit aanmeldformulier is verlopen of kwam van een andere site. Meld u hier opnieuw aan.

## Tenants

admin-tenants-title = Je gidsen
admin-open-guide = Open de gids
admin-create-tenant = Organisatie toevoegen
admin-slug = Adres (het deel na de schuine streep)
admin-slug-hint = 2 tot 40 tekens: kleine letters, cijfers en koppeltekens, bijvoorbeeld "contoso".
admin-name = Naam van de organisatie
admin-create = Aanmaken
admin-error-slug = Dat adres kan niet worden gebruikt: gebruik 2 tot 40 kleine letters, cijfers en koppeltekens, en geen gereserveerd woord zoals "admin" of "api".
admin-error-slug-taken = Een andere organisatie gebruikt dat adres al.

## Settings

admin-settings-title = Huisstijl en beleid
admin-saved = Opgeslagen. De gids toont je wijzigingen nu.
admin-color-adjusted = Je kleur { $chosen } is te licht voor leesbare tekst en knoppen. Daarom gebruikt de gids { $used }, de dichtstbijzijnde kleur die aan WCAG AA voldoet.
admin-fix-errors = Sommige waarden moeten worden aangepast; ze zijn hieronder gemarkeerd. Er is niets opgeslagen.
admin-read-only = Je kunt deze instellingen bekijken, maar niet wijzigen.
admin-branding = Huisstijl
admin-primary-color = Huisstijlkleur
admin-pick-color = Kies de huisstijlkleur
admin-color-hint = Geschreven als #RRGGBB. Een kleur die te licht is voor tekst, wordt donkerder gemaakt tot de dichtstbijzijnde kleur die aan WCAG AA voldoet.
admin-support = Contactgegevens van de helpdesk
admin-support-email = E-mailadres van de helpdesk
admin-support-phone = Telefoonnummer van de helpdesk
admin-support-url = Webpagina van de helpdesk
admin-languages = Talen
admin-default-language = Standaardtaal
admin-address = Adressen
admin-handoff-url = Waar medewerkers hun passkey registreren
admin-handoff-hint = Een van de pagina's Beveiligingsgegevens van Microsoft, zoals https://aka.ms/mysecurityinfo. Andere adressen worden niet geaccepteerd.
admin-domain = Je eigen domein (optioneel)
admin-domain-hint = Bijvoorbeeld passkeys.contoso.com. Laat het naar deze server verwijzen, dan is de gids daar bereikbaar op "/".
admin-policy = Passkey-beleid
admin-policy-hint = Stem dit af op je instellingen voor "Passkey (FIDO2)" in Entra ID, zodat de gids nooit een passkey voorstelt die Entra weigert.
admin-policy-synced = Gesynchroniseerde passkeys toegestaan (iCloud-sleutelhanger, Google Wachtwoordmanager), naast apparaatgebonden passkeys
admin-policy-device-bound = Alleen apparaatgebonden passkeys (Microsoft Authenticator, beveiligingssleutels, Windows Hello)
admin-policy-synced-only = Alleen gesynchroniseerde passkeys (iCloud-sleutelhanger, Google Wachtwoordmanager)
admin-policy-attestation = Attestatie afgedwongen
admin-policy-keys = Sleutelbeperkingen
admin-policy-keys-off = Geen
admin-policy-keys-allow = Alleen de AAGUID's hieronder toestaan
admin-policy-keys-block = De AAGUID's hieronder blokkeren
admin-policy-aaguids = AAGUID's
admin-policy-aaguids-hint = Eén per regel, zoals in het passkeyprofiel in Entra. De AAGUID's van Microsoft Authenticator zijn 90a3ccdf-635c-4729-a248-9b709135078f (iOS) en de1e552d-db1d-4423-a619-566b625cdc84 (Android).
admin-policy-aaguid-unnamed = geen bekende AAGUID
admin-policy-windows-hello = Microsoft Entra-passkeys in Windows Hello zijn ingeschakeld
admin-policy-windows-hello-hint = Zet dit pas aan nadat u in Entra een passkeyprofiel hebt toegevoegd dat de Windows Hello-AAGUID's toestaat, zonder afgedwongen attestatie. Anders mislukt de registratie in Windows Hello en stuurt de gids Windows-gebruikers naar hun telefoon of een beveiligingssleutel.
admin-save = Opslaan
admin-logo = Logo
admin-current-logo = Huidig logo
admin-logo-hint = PNG, JPEG of WebP, maximaal 256 KB en 2048 pixels aan elke kant. SVG wordt niet geaccepteerd.
admin-upload = Uploaden
admin-remove-logo = Logo verwijderen
admin-preview = Voorbeeld
admin-preview-note = Dit is de startpagina die je medewerkers zien. Kleurwijzigingen zie je hier meteen terwijl je kiest; andere wijzigingen pas na het opslaan.
admin-error-name = Vul een naam in van 1 tot 80 tekens.
admin-error-color = Schrijf de kleur als #RRGGBB, bijvoorbeeld #0F6CBD.
admin-error-email = Dat is geen e-mailadres.
admin-error-phone = Gebruik alleen cijfers, spaties en + - ( ) .
admin-error-support-url = Gebruik een adres dat begint met https://.
admin-error-handoff = Alleen de pagina's Beveiligingsgegevens van Microsoft zijn toegestaan, zoals https://aka.ms/mysecurityinfo.
admin-error-domain = Vul een hostnaam in, zoals passkeys.contoso.com.
admin-error-domain-taken = Een andere organisatie gebruikt dat domein al.
admin-error-domain-shared = Die host toont al de gids van elke organisatie (of is een lokale naam of een IP-adres). Gebruik een eigen hostnaam, zoals passkeys.contoso.com.
admin-error-domain-owner-only = Alleen een eigenaar die alle organisaties beheert, kan een domein instellen.
admin-error-languages = Kies minstens één taal, en daaruit een standaardtaal.
admin-error-key-restriction = Kies bij de sleutelbeperkingen "Geen", een lijst met toegestane AAGUID's of een lijst met geblokkeerde AAGUID's.
admin-error-aaguid = Elke regel moet één AAGUID bevatten, zoals 90a3ccdf-635c-4729-a248-9b709135078f (maximaal 500).
admin-error-allow-list-empty = Met een lege lijst met toegestane AAGUID's zou niemand een passkey kunnen registreren.
admin-error-passkey-types = Kies apparaatgebonden passkeys, gesynchroniseerde passkeys of beide.
admin-error-logo-size = Het logo is groter dan 256 KB.
admin-error-logo-svg = SVG-logo's worden niet geaccepteerd: upload een PNG, JPEG of WebP.
admin-error-logo-type = Het bestand is geen PNG-, JPEG- of WebP-afbeelding, of het is beschadigd.
admin-error-logo-pixels = Het logo is aan een kant groter dan 2048 pixels.

## Emails

admin-emails-title = E-mails voor je uitrol
admin-emails-profiles = Passkeyprofielen
admin-emails-profiles-hint = Entra geeft elke groep een eigen passkeyprofiel. Stuur elke groep de e-mails van dat profiel: de links openen de gids voor dat profiel.
admin-emails-intro = Stuur eerst de aankondiging, een week later de herinnering en na twee weken de laatste herinnering. Elke e-mail linkt naar de gids met een eigen tag, zodat je op het dashboard ziet via welke e-mail mensen binnenkwamen. Kopieer ze naar je e-mailprogramma of download een concept.
admin-email-announcement = Aankondiging
admin-email-reminder = Herinnering
admin-email-final = Laatste herinnering
admin-email-day = { $day ->
    [0] Versturen op dag 1
   *[other] Versturen op dag { $day }
}
admin-email-subject = Onderwerp
admin-email-text = Platte tekst
admin-email-html = HTML
admin-email-download = Downloaden als concept (.eml)
admin-copy = Kopiëren

## Tokens

admin-tokens-title = Tokens en links
admin-tokens-intro = Met alleen-lezen-API-tokens kunnen scripts de trechter en de dekking van deze gids lezen. Dashboardlinks openen dit dashboard in elke browser zonder account, met alleen cijfers en nooit namen. Beide werken alleen voor deze organisatie, tot u ze intrekt.
admin-tokens-none = Nog geen tokens of links.
admin-token-once = Kopieer dit token nu: het wordt maar één keer getoond.
admin-token = Nieuw token
admin-token-label = Label
admin-token-create = Aanmaken
admin-token-live = Actief
admin-token-revoked = Ingetrokken
admin-revoke = Intrekken
admin-created = Aangemaakt
admin-status = Status
admin-actions = Acties

## Dashboard

admin-dashboard-title = Uitroldashboard
admin-from = Van
admin-to = Tot
admin-device = Apparaat
admin-flow = Stappenplan
admin-language = Taal
admin-campaign = Campagne
admin-all = Alle
admin-apply = Toepassen
admin-funnel = Trechter
admin-funnel-alt = Staafdiagram van het aantal mensen in elke fase van de trechter
admin-stage = Fase
admin-stage-visit = Gids geopend
admin-stage-step = Stappen begonnen
admin-stage-handoff = Naar Microsoft gegaan
admin-stage-done = Klaar bevestigd
admin-people = Mensen
admin-of-visits = Van wie de gids opende
admin-bots = { $count ->
    [one] Eén verzoek van een bot of linkscanner is niet meegeteld.
   *[other] { $count } verzoeken van bots en linkscanners zijn niet meegeteld.
}
admin-csv = Downloaden als CSV
admin-trend = Per dag
admin-trend-alt = Lijndiagram van het aantal mensen per dag dat de gids opende en dat bevestigde klaar te zijn
admin-day = Dag
admin-devices = Apparaten
admin-completion = Klaar
admin-steps = Bereikte stappen
admin-step = Stap
admin-stuck = Waar mensen vastlopen
admin-symptom = Probleem
admin-reports = Meldingen
admin-campaigns = Campagnes
admin-no-campaign = (geen tag)
admin-coverage = Passkey-dekking (Entra ID)
admin-coverage-text = { $with } van de { $total } mensen ({ $share }) hebben een passkey, volgens het registratierapport dat op { $imported } is geïmporteerd. Het rapport kan een paar uur achterlopen.
admin-coverage-alt = Dekkingsbalk ten opzichte van het adoptiedoel van 50% en de drempel van 95%
admin-stragglers = Download de mensen zonder passkey (CSV) voor de volgende herinnering
admin-coverage-trend = Dekking per import
admin-imported = Geïmporteerd
admin-share = Aandeel
admin-token-kind = Soort
admin-token-kind-api = API-token
admin-token-kind-share = Alleen-lezen dashboardlink
admin-share-once = Kopieer deze link nu: hij wordt maar één keer getoond. Wie hem heeft, ziet de cijfers van dit dashboard (nooit namen) tot u hem intrekt.
admin-shared-note = Een alleen-lezen weergave van de invoering van passkeys bij { $tenant }, gedeeld door de IT-afdeling. Alleen cijfers, nooit namen.
admin-recipients = Ontvangers
admin-recipients-title = Persoonlijke links
admin-recipients-intro = Geef iedereen een eigen link naar de handleiding en zie daarna wie hem nooit opende, wie hem opende maar nog geen passkey heeft, wie vastliep en wie geregistreerd is, en stuur de volgende herinnering alleen naar wie hem nodig heeft.
admin-recipients-on = Persoonlijke links staan aan: bezoeken via een persoonlijke link worden aan die persoon toegekend.
admin-recipients-off = Persoonlijke links staan uit: de handleiding telt mensen zonder te weten wie ze zijn.
admin-recipients-turn-on = Persoonlijke links aanzetten
admin-recipients-turn-off = Persoonlijke links uitzetten
admin-recipients-file = Lijst met mensen (CSV)
admin-recipients-file-hint = Een kopregel en dan één persoon per regel: een adreskolom (e-mail of userPrincipalName) en eventueel een naam en een golf. Wie al op de lijst staat, houdt zijn link.
admin-recipients-import = Lijst importeren
admin-recipients-merge = Samenvoegen
admin-recipients-merge-intro = Iedereen met een eigen link, voor uw samenvoegbrief. De links werken zodra persoonlijke links aan staan.
admin-recipients-merge-announcement = Samenvoegen voor de aankondiging
admin-recipients-merge-reminder = Samenvoegen voor de herinnering
admin-recipients-merge-final = Samenvoegen voor de laatste oproep
admin-recipients-segments = Segmenten
admin-recipients-no-report = Importeer het Entra-rapport over gebruikersregistratie om geregistreerde mensen te herkennen; tot dan telt niemand als geregistreerd.
admin-recipients-count = { $count } mensen op de lijst
admin-recipients-segment = Segment
admin-recipients-people = Mensen
admin-download-csv = CSV downloaden
admin-segment-never-opened = Nooit geopend
admin-segment-opened-not-registered = Geopend, nog geen passkey
admin-segment-stuck = Vastgelopen
admin-segment-registered = Geregistreerd
admin-recipients-refused = Er is niets geïmporteerd: { $reason }
admin-recipients-imported = { $count } mensen geïmporteerd, waarvan { $added } nieuw.
readiness-heading = Is Entra er klaar voor?
readiness-intro = Op basis van de Entra-configuratie die het laatst via Microsoft Graph is gelezen en het nieuwste registratierapport.
readiness-fetched = Uit Entra gelezen op { $when }.
readiness-status-ok = Klaar
readiness-status-fail = Actie nodig
readiness-status-unknown = Nog onbekend
readiness-not-read = Nog niet gelezen: verbind Microsoft Graph met de machtiging Policy.Read.All en voer een ophaalactie uit (passkey-guide entra fetch --config-only).
readiness-no-report = Nog geen registratierapport: importeer er een of haal het op via Microsoft Graph.
readiness-passkeys-enabled = Passkey (FIDO2) is ingeschakeld
readiness-passkeys-enabled-ok = Passkey (FIDO2) is ingeschakeld in het beleid voor verificatiemethoden.
readiness-passkeys-enabled-fail = Passkey (FIDO2) is uitgeschakeld: niemand kan een passkey toevoegen en Beveiligingsgegevens biedt er geen aan. Schakel het in via het Microsoft Entra-beheercentrum: Entra ID > Authentication methods > Policies > Passkey (FIDO2) > Enable and target (Verificatiemethoden > Beleid > Passkey (FIDO2) > Inschakelen en doelgroep kiezen).
readiness-self-service-registration = Instellen via selfservice is toegestaan
readiness-self-service-registration-ok = Medewerkers kunnen zelf een passkey toevoegen in Beveiligingsgegevens.
readiness-self-service-registration-fail = "Allow self-service set up" (Instellen via selfservice toestaan) staat op "No" (Nee): medewerkers kunnen geen passkey toevoegen in Beveiligingsgegevens, ook al is Passkey (FIDO2) ingeschakeld, en elk stappenplan eindigt met een fout. Zet het op "Yes" (Ja) via Entra ID > Authentication methods > Policies > Passkey (FIDO2) > Configure (Verificatiemethoden > Beleid > Passkey (FIDO2) > Configureren).
readiness-authenticator-allowed = Microsoft Authenticator is toegestaan
readiness-authenticator-allowed-ok = Elk passkeyprofiel met apparaatgebonden passkeys laat de passkeys van Microsoft Authenticator toe.
readiness-authenticator-allowed-fail = De sleutelbeperkingen van { $profiles } sluiten Microsoft Authenticator uit (90a3ccdf-635c-4729-a248-9b709135078f op iOS, de1e552d-db1d-4423-a619-566b625cdc84 op Android): mensen onder die profielen kunnen geen passkey opslaan in Authenticator. Voeg beide AAGUID's toe aan de sleutelbeperkingen van elk profiel via Entra ID > Authentication methods > Policies > Passkey (FIDO2) > Configure (Verificatiemethoden > Beleid > Passkey (FIDO2) > Configureren).
readiness-registration-campaign = De registratiecampagne vraagt om passkeys
readiness-registration-campaign-ok = De registratiecampagne staat aan en vraagt mensen bij het inloggen om een passkey of Microsoft Authenticator in te stellen.
readiness-registration-campaign-fail = De registratiecampagne staat uit of vraagt om een andere methode, dus niemand krijgt een herinnering bij het inloggen. Zet hem op "Microsoft managed" (Door Microsoft beheerd), of op "Enabled" (Ingeschakeld) met "Passkey" of "Microsoft Authenticator", via Entra ID > Authentication methods > Registration campaign (Verificatiemethoden > Registratiecampagne).
readiness-temporary-access-pass = Temporary Access Pass is ingeschakeld
readiness-temporary-access-pass-ok = De helpdesk kan mensen zonder andere sterke aanmeldmethode een Temporary Access Pass geven.
readiness-temporary-access-pass-fail = Temporary Access Pass is uitgeschakeld: mensen zonder Microsoft Authenticator of een andere sterke methode kunnen niet inloggen bij Beveiligingsgegevens om hun eerste passkey toe te voegen. Schakel het in via Entra ID > Authentication methods > Policies > Temporary Access Pass (Verificatiemethoden > Beleid > Temporary Access Pass).
readiness-coverage-majority = Meer dan de helft heeft een passkey
readiness-coverage-majority-ok = { $share } van de mensen binnen het bereik heeft een passkey: boven de grens van 50%.
readiness-coverage-majority-fail = Slechts { $share } van de mensen binnen het bereik heeft een passkey: onder de grens van 50%. Op het dashboard zie je wie nog een herinnering nodig heeft.
readiness-summary = Klaar in Entra: { $ready } van de { $total } controles
