## Admin frame

admin-product = Passkey Guide
admin-nav = Tenant
admin-sign-out = Sign out
admin-settings = Settings
admin-dashboard = Dashboard
admin-emails = Emails
admin-tokens = Tokens and links

## Sign-in

admin-sign-in-title = Sign in to manage your guide
admin-email = Email
admin-password = Password
admin-sign-in = Sign in
admin-wrong-credentials = That email and password don't match an administrator.
admin-too-many-attempts = Too many failed attempts. Wait 15 minutes, then try again.
admin-sign-in-expired = This sign-in form has expired or came from another site. Sign in again here.

## Tenants

admin-tenants-title = Your guides
admin-open-guide = Open the guide
admin-create-tenant = Add an organisation
admin-slug = Address (the part after the slash)
admin-slug-hint = 2 to 40 characters: lower-case letters, digits and hyphens, for example "contoso".
admin-name = Organisation name
admin-create = Create
admin-error-slug = That address can't be used: use 2 to 40 lower-case letters, digits and hyphens, and not a reserved word such as "admin" or "api".
admin-error-slug-taken = Another organisation already uses that address.

## Settings

admin-settings-title = Branding and policy
admin-saved = Saved. The guide shows your changes now.
admin-color-adjusted = Your colour { $chosen } is too light for readable text and buttons, so the guide uses { $used }, the nearest colour that passes WCAG AA.
admin-fix-errors = Some values need fixing; they are marked below. Nothing was saved.
admin-read-only = You can look at these settings but not change them.
admin-branding = Branding
admin-primary-color = Brand colour
admin-pick-color = Pick the brand colour
admin-color-hint = Written #RRGGBB. A colour too light for text is darkened to the nearest one that passes WCAG AA.
admin-support = Helpdesk contact
admin-support-email = Helpdesk email
admin-support-phone = Helpdesk phone
admin-support-url = Helpdesk web page
admin-languages = Languages
admin-default-language = Default language
admin-address = Addresses
admin-handoff-url = Where people register their passkey
admin-handoff-hint = One of Microsoft's Security info pages, such as https://aka.ms/mysecurityinfo. No other address is accepted.
admin-domain = Your own domain (optional)
admin-domain-hint = For example passkeys.contoso.com. Point it at this server, and the guide answers there at "/".
admin-policy = Passkey policy
admin-policy-hint = Match your Entra ID "Passkey (FIDO2)" settings, so the guide never suggests a passkey Entra will refuse.
admin-policy-synced = Synced passkeys allowed (iCloud Keychain, Google Password Manager) as well as device-bound ones
admin-policy-device-bound = Device-bound passkeys only (Microsoft Authenticator, security keys, Windows Hello)
admin-policy-synced-only = Synced passkeys only (iCloud Keychain, Google Password Manager)
admin-policy-attestation = Attestation enforced
admin-policy-keys = Key restrictions
admin-policy-keys-off = None
admin-policy-keys-allow = Allow only the AAGUIDs below
admin-policy-keys-block = Block the AAGUIDs below
admin-policy-aaguids = AAGUIDs
admin-policy-aaguids-hint = One per line, as in your Entra passkey profile. Microsoft Authenticator is 90a3ccdf-635c-4729-a248-9b709135078f (iOS) and de1e552d-db1d-4423-a619-566b625cdc84 (Android).
admin-policy-aaguid-unnamed = not a well-known AAGUID
admin-policy-windows-hello = Microsoft Entra passkeys in Windows Hello are enabled
admin-policy-windows-hello-hint = Turn this on only after you added a passkey profile in Entra that allows the Windows Hello AAGUIDs, without enforced attestation. Otherwise registration in Windows Hello fails, so the guide sends Windows users to their phone or a security key instead.
admin-save = Save
admin-logo = Logo
admin-current-logo = Current logo
admin-logo-hint = PNG, JPEG or WebP, at most 256 KB and 2048 pixels on each side. SVG is not accepted.
admin-upload = Upload
admin-remove-logo = Remove the logo
admin-preview = Preview
admin-preview-note = This is the start page your employees see. Colour changes show here as you pick them; other changes after saving.
admin-error-name = Enter a name of 1 to 80 characters.
admin-error-color = Write the colour as #RRGGBB, for example #0F6CBD.
admin-error-email = That is not an email address.
admin-error-phone = Use digits, spaces and + - ( ) . only.
admin-error-support-url = Use an address that starts with https://.
admin-error-handoff = Only Microsoft's Security info pages are allowed, such as https://aka.ms/mysecurityinfo.
admin-error-domain = Enter a host name such as passkeys.contoso.com.
admin-error-domain-taken = Another organisation already uses that domain.
admin-error-domain-shared = That host already serves every organisation's guide (or is a local name or an IP address). Use a host name of your own, such as passkeys.contoso.com.
admin-error-domain-owner-only = Only an owner who manages every organisation can set a domain.
admin-error-languages = Choose at least one language, and a default language among them.
admin-error-key-restriction = Choose no key restrictions, an allow list or a block list.
admin-error-aaguid = Each line must be one AAGUID, such as 90a3ccdf-635c-4729-a248-9b709135078f (at most 500).
admin-error-allow-list-empty = An allow list without AAGUIDs would let nobody register a passkey.
admin-error-passkey-types = Choose device-bound passkeys, synced ones, or both.
admin-error-logo-size = The logo is larger than 256 KB.
admin-error-logo-svg = SVG logos are not accepted: upload a PNG, JPEG or WebP.
admin-error-logo-type = The file is not a PNG, JPEG or WebP image, or it is damaged.
admin-error-logo-pixels = The logo is larger than 2048 pixels on a side.

## Emails

admin-emails-title = Emails for your rollout
admin-emails-profiles = Passkey profiles
admin-emails-profiles-hint = Entra gives each group its passkey profile. Send each group the emails of its profile: their links open the guide for that profile.
admin-emails-intro = Send the announcement first, the reminder a week later, and the final notice after two weeks. Each links to the guide with its own tag, so the dashboard shows which email brought people in. Copy them into your mail tool, or download a draft.
admin-email-announcement = Announcement
admin-email-reminder = Reminder
admin-email-final = Final notice
admin-email-day = { $day ->
    [0] Send on day 1
   *[other] Send on day { $day }
}
admin-email-subject = Subject
admin-email-text = Plain text
admin-email-html = HTML
admin-email-download = Download as a draft (.eml)
admin-copy = Copy

## Tokens

admin-tokens-title = Tokens and links
admin-tokens-intro = Read-only API tokens let scripts read this guide's funnel and coverage. Dashboard links open this dashboard in any browser without an account, with figures only and never names. Both work for this organisation only, until you revoke them.
admin-tokens-none = No tokens or links yet.
admin-token-once = Copy this token now: it is shown only once.
admin-token = New token
admin-token-label = Label
admin-token-create = Create
admin-token-live = Active
admin-token-revoked = Revoked
admin-revoke = Revoke
admin-created = Created
admin-status = Status
admin-actions = Actions

## Dashboard

admin-dashboard-title = Rollout dashboard
admin-from = From
admin-to = To
admin-device = Device
admin-flow = Walkthrough
admin-language = Language
admin-campaign = Campaign
admin-all = All
admin-apply = Apply
admin-funnel = Funnel
admin-funnel-alt = Bar chart of people at each stage of the funnel
admin-stage = Stage
admin-stage-visit = Opened the guide
admin-stage-step = Started the steps
admin-stage-handoff = Went to Microsoft
admin-stage-done = Confirmed done
admin-people = People
admin-of-visits = Of those who opened
admin-bots = { $count ->
    [one] One request from a bot or link scanner was left out.
   *[other] { $count } requests from bots and link scanners were left out.
}
admin-csv = Download as CSV
admin-trend = By day
admin-trend-alt = Line chart of people opening the guide and confirming done, per day
admin-day = Day
admin-devices = Devices
admin-completion = Done
admin-steps = Steps reached
admin-step = Step
admin-stuck = Where people get stuck
admin-symptom = Problem
admin-reports = Reports
admin-campaigns = Campaigns
admin-no-campaign = (no tag)
admin-coverage = Passkey coverage (Entra ID)
admin-coverage-text = { $with } of { $total } people ({ $share }) have a passkey your passkey policy allows, according to the registration report imported on { $imported }. The report can lag by a few hours.
admin-coverage-forbidden = { $forbidden } more have only passkeys the policy forbids ({ $any } with any passkey, { $share }): they must add one again where the policy allows it.
admin-coverage-forbidden-list = Download them (CSV).
admin-coverage-alt = Coverage bar against the 50% adoption target and the 95% threshold
admin-stragglers = Download the people without a passkey the policy allows (CSV) for the next reminder
admin-coverage-trend = Coverage by day (the day’s latest import)
admin-imported = Imported
admin-share = Share
admin-token-kind = Kind
admin-token-kind-api = API token
admin-token-kind-share = Read-only dashboard link
admin-share-once = Copy this link now: it is shown only once. Anyone with it sees this dashboard's figures (never people's names) until you revoke it.
admin-shared-note = A read-only view of { $tenant }'s passkey rollout, shared by its IT team. It shows figures only, never names.
admin-recipients = Recipients
admin-recipients-title = Personal links
admin-recipients-intro = Give each person their own link to the guide, then see who never opened it, who opened it but has no passkey yet, who got stuck and who is registered, and send the next reminder only to those who need it.
admin-recipients-on = Personal links are on: links with a person's code are recorded against that person.
admin-recipients-off = Personal links are off: the guide counts people without knowing who they are.
admin-recipients-turn-on = Turn personal links on
admin-recipients-turn-off = Turn personal links off
admin-recipients-file = List of people (CSV)
admin-recipients-file-hint = A header row, then one person per line: an address column (email or userPrincipalName), and optionally a name and a wave. People already on the list keep their link.
admin-recipients-import = Import the list
admin-recipients-merge = Mail merge
admin-recipients-merge-intro = Each person with their own link, for your mail merge. The links work once personal links are on.
admin-recipients-merge-announcement = Mail merge for the announcement
admin-recipients-merge-reminder = Mail merge for the reminder
admin-recipients-merge-final = Mail merge for the last call
admin-recipients-segments = Segments
admin-recipients-no-report = Import Entra's user registration report to tell registered people apart; until then nobody counts as registered.
admin-recipients-count = { $count } people on the list
admin-recipients-segment = Segment
admin-recipients-people = People
admin-download-csv = Download CSV
admin-segment-never-opened = Never opened
admin-segment-opened-not-registered = Opened, no passkey yet
admin-segment-stuck = Stuck
admin-segment-registered = Registered
admin-recipients-refused = Nothing was imported: { $reason }
admin-recipients-imported = { $count } people imported, { $added } of them new.

## Readiness: the Entra settings that make registration fail

readiness-heading = Ready in Entra?
readiness-intro = From the Entra configuration last read through Microsoft Graph and the latest registration report.
readiness-fetched = Read from Entra on { $when }.
readiness-status-ok = Ready
readiness-status-fail = Needs attention
readiness-status-unknown = Not known yet
readiness-not-read = Not read yet: connect Microsoft Graph with the Policy.Read.All permission and run a fetch (passkey-guide entra fetch --config-only).
readiness-no-report = No registration report yet: import one, or fetch it from Microsoft Graph.
readiness-passkeys-enabled = Passkey (FIDO2) is enabled
readiness-passkeys-enabled-ok = Passkey (FIDO2) is enabled in the authentication methods policy.
readiness-passkeys-enabled-fail = Passkey (FIDO2) is disabled: nobody can add a passkey, and Security info offers none. Turn it on in the Microsoft Entra admin center: Entra ID > Authentication methods > Policies > Passkey (FIDO2) > Enable and target.
readiness-self-service-registration = Self-service setup is allowed
readiness-self-service-registration-ok = People can add a passkey themselves on Security info.
readiness-self-service-registration-fail = “Allow self-service set up” is No: people can’t add a passkey on Security info, even though Passkey (FIDO2) is enabled, and every walkthrough ends in an error. Set it to Yes in Entra ID > Authentication methods > Policies > Passkey (FIDO2) > Configure.
readiness-authenticator-allowed = Microsoft Authenticator is allowed
readiness-authenticator-allowed-ok = Every passkey profile with device-bound passkeys lets Microsoft Authenticator’s passkeys through.
readiness-authenticator-allowed-fail = The key restrictions of { $profiles } leave out Microsoft Authenticator (90a3ccdf-635c-4729-a248-9b709135078f on iOS, de1e552d-db1d-4423-a619-566b625cdc84 on Android): people those profiles cover can’t save a passkey in Authenticator. Add both AAGUIDs in Entra ID > Authentication methods > Policies > Passkey (FIDO2) > Configure, in each profile’s key restrictions.
readiness-registration-campaign = The registration campaign asks for passkeys
readiness-registration-campaign-ok = The registration campaign is on and asks people to set up a passkey or Microsoft Authenticator when they sign in.
readiness-registration-campaign-fail = The registration campaign is off or asks for another method, so nobody is reminded at sign-in. Set it to Microsoft managed, or Enabled with Passkey or Microsoft Authenticator, in Entra ID > Authentication methods > Registration campaign.
readiness-temporary-access-pass = Temporary Access Pass is enabled
readiness-temporary-access-pass-ok = The helpdesk can give a Temporary Access Pass to people who have no other strong way to sign in.
readiness-temporary-access-pass-fail = Temporary Access Pass is disabled: people without Microsoft Authenticator or another strong method can’t sign in to Security info to add their first passkey. Enable it in Entra ID > Authentication methods > Policies > Temporary Access Pass.
readiness-coverage-majority = More than half have a passkey
readiness-coverage-majority-ok = { $share } of the people in scope have a passkey: past the 50% mark.
readiness-coverage-majority-fail = Only { $share } of the people in scope have a passkey: below the 50% mark. The dashboard lists who still needs a reminder.
readiness-summary = Ready in Entra: { $ready } of { $total } checks
admin-entra = Entra ID
admin-entra-title = Entra ID
admin-entra-intro = The guide follows your tenant’s Entra configuration. Connect it through Microsoft Graph, read-only, to read the passkey profiles, the readiness checks, your sign-in page’s branding and the registration report.
admin-entra-connection = Microsoft Graph connection
admin-entra-connection-intro = Use an app registration with these application permissions and admin consent: Policy.Read.All and AuditLog.Read.All; optionally UserAuthenticationMethod.Read.All (which app or key holds each passkey) and OrganizationalBranding.Read.All (your sign-in page’s logo and colour). The client secret is stored encrypted and never shown again.
admin-entra-connected = Connected to directory { $directory } with the app { $client }, saved { $when }.
admin-entra-not-connected = Not connected. Until a first fetch, the readiness checks wait and the passkey policy is the one set on the settings page.
admin-entra-directory = Directory (tenant) ID or domain
admin-entra-client-id = Application (client) ID
admin-entra-client-secret = Client secret value
admin-entra-secret-kept = A client secret is stored. Leave this empty to keep it.
admin-entra-read-providers = Also read which app or key holds each passkey (needs UserAuthenticationMethod.Read.All)
admin-entra-save = Save the connection
admin-entra-remove = Remove the connection
admin-entra-no-key = This installation cannot store a client secret: set PASSKEY_GUIDE_SECRET_KEY to 32 random bytes (for example from openssl rand -base64 32) and restart. The passkey-guide entra fetch command works without it.
admin-entra-refused = Not done: { $reason }
admin-entra-secret-needed = Enter the client secret value.
admin-entra-fetch = Fetch now
admin-entra-fetch-heading = Fetch from Entra
admin-entra-fetch-intro = A fetch reads the passkey settings, your sign-in page’s branding and the registration report. In a large tenant it can take a few minutes.
admin-entra-fetch-running = A fetch has been running since { $when }. Reload this page to see its result.
admin-entra-fetch-busy = A fetch is already running for this tenant.
admin-entra-fetch-never = Nothing fetched yet.
admin-entra-fetch-finished = Last fetch finished { $when }.
admin-entra-fetch-failed = The last fetch failed: { $reason }
admin-entra-no-connection = Save a Microsoft Graph connection first.
admin-entra-branding = Your sign-in page’s branding
admin-entra-branding-intro = The banner logo and background colour of your Entra sign-in page, read { $when }. Use them so the guide looks like the page employees see next.
admin-entra-branding-none = Not read yet. A fetch reads it when the app has OrganizationalBranding.Read.All.
admin-entra-branding-empty = Your sign-in page has no banner logo or background colour.
admin-entra-banner-logo = Banner logo of your sign-in page
admin-entra-use-logo = Use this logo
admin-entra-use-color = Use this colour
admin-entra-color = Background colour { $color }
admin-entra-color-adjusted = The guide will use { $used } so that text on it stays readable.
admin-entra-in-use = In use in the guide
admin-entra-report = Registration report
admin-entra-report-intro = Upload the admin center’s download (Entra ID > Authentication methods > Activity > User registration details, as CSV) or Microsoft Graph userRegistrationDetails JSON. The whole file is checked first: a file with a bad line changes nothing.
admin-entra-report-file = Report file (CSV or JSON)
admin-entra-report-upload = Upload the report
admin-entra-report-imported = Imported { $users } users: { $allowed } of { $in_scope } in scope have a passkey the policy allows.
admin-entra-report-refused = Nothing was imported: { $reason }
admin-entra-report-unknown = Methods not recognised, kept and not counted as passkeys: { $names }
admin-entra-imports = Imports
admin-entra-imports-none = No report imported yet.
admin-entra-import-when = Imported
admin-entra-import-source = Source
admin-entra-import-users = Users
admin-entra-import-in-scope = In scope
admin-entra-import-with-passkey = With a passkey
admin-entra-import-allowed = With one the policy allows
admin-entra-import-delete = Delete
admin-entra-import-delete-label = Delete the import of { $when }
admin-entra-import-deleted = The import of { $when } was deleted. Coverage now comes from the import before it.
admin-entra-import-graph = Microsoft Graph ({ $directory })
admin-coverage-none = No registration report yet: upload one or connect Microsoft Graph on the Entra ID page to see who has a passkey.
