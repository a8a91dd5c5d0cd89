## The frame around every page

# The arrow between the parts of a menu path (“Settings → General”). A right-to-left language
# points it the other way (←).
-then = →

language-name = English
guide-skip-to-content = Skip to the steps
guide-logo-alt = { $company }
guide-language = Language
guide-help-heading = Need a hand?
guide-help-portal = Helpdesk portal
guide-support-code = If you call the helpdesk, read them this code:
guide-privacy = This guide uses no cookies and keeps no record of who you are.

## Devices

device-iphone = iPhone
device-ipad = iPad
device-samsung = Samsung Galaxy
device-android = Android phone
device-windows = Windows PC
device-mac = Mac
device-chromeos = Chromebook
device-linux = Linux computer
device-bot = Automated client
device-unknown = Unknown device

## Requirements of a walkthrough

requirement-min-os = { $system } { $version } or later
requirement-authenticator = The Microsoft Authenticator app, signed in with your work account
requirement-bluetooth = Bluetooth turned on, on both devices
requirement-screen-lock = A screen lock (PIN, fingerprint or face)
requirement-screen-lock-mac = Touch ID, or your Mac’s login password
requirement-screen-lock-windows = Windows Hello: your face, fingerprint or PIN
requirement-screen-lock-apple = A passcode, with Face ID or Touch ID
requirement-security-key = Your security key
requirement-phone = Your phone, within reach

## Landing page

guide-title = Sign in to { $company } without a password
guide-lead = A passkey lets you sign in with your face, fingerprint or PIN instead of a password. Setting one up takes about five minutes.
guide-detected = You're on: { $device }.
guide-detected-with-version = You're on: { $device } ({ $system } { $version }).
guide-detected-unknown = We couldn't tell which device you're on.
guide-not-your-device = Not your device?
guide-recommended = Recommended for you
guide-you-need = You need
guide-step-count = { $count ->
    [one] One step
   *[other] { $count } steps
}
guide-start = Start
guide-start-after-update = Update first, then open this link again: the walkthrough starts from here.
guide-refused-title = “{ $flow }” isn’t available at your organisation
guide-refused-synced = { $company } allows only passkeys that stay on one device, so a passkey saved to a synced password manager would not work. Follow the walkthrough below instead.
guide-refused-attestation = { $company } accepts only passkeys whose make and model can be verified, which this way of saving one cannot prove. Follow the walkthrough below instead.
guide-refused-authenticator-only = { $company } accepts only passkeys in Microsoft Authenticator. Follow the walkthrough below instead.
guide-refused-windows-hello-off = { $company } has not turned on passkeys in Windows Hello yet. Follow the walkthrough below instead.
guide-refused-device-bound = { $company } accepts only synced passkeys, which this way of saving one does not make. Follow the walkthrough below instead.
guide-refused-key-restrictions = { $company } accepts passkeys only from the apps and security keys it has approved, and this one isn’t among them. Follow the walkthrough below instead.
guide-browser-title = Use Chrome or Edge for this
guide-browser-linux-firefox = Firefox on Linux can’t use a passkey from your phone. Open this page in Chrome or Microsoft Edge, and sign in to Security info there.
guide-pick-device = Pick your device, and we'll show you the exact steps for it.
guide-no-way-here = { $company }’s passkey settings allow no passkey on this device. Choose another device you use, such as your phone, or contact the helpdesk below.
guide-choose-device = Choose your device
guide-qr-title = Or continue on your phone
guide-qr-body = Point your phone's camera at this code to open this guide there.
guide-qr-alt = QR code that opens this guide on your phone
guide-phone-flow-title = Do this on your phone
guide-phone-flow-body = These steps happen on your phone. Scan this code with your phone’s camera, or type the link below into its browser: the same walkthrough opens there.
guide-other-ways = Other ways to set up a passkey

## Opened inside another app

inapp-title = Open this page in your browser first
inapp-why = You opened this link inside another app. Passkeys can't be created there.
inapp-outlook-ios = In Outlook, tap "•••" at the top right { -then } "Open in Safari".
inapp-outlook-android = In Outlook, tap "⋮" at the top right { -then } "Open in browser".
inapp-teams-ios = In Teams, tap "•••" at the top { -then } "Open in Safari".
inapp-teams-android = In Teams, tap "⋮" at the top { -then } "Open in browser".
inapp-generic-ios = Tap the share or "•••" button { -then } "Open in Safari". If there is none, copy the address below and paste it into Safari.
inapp-generic-android = Tap "⋮" { -then } "Open in Chrome" (or "Open in browser"). If there is none, copy the address below and paste it into Chrome.
inapp-copy-label = Address of this page

## System too old

update-title = Update your device first
update-body = Passkeys for work need { $system } { $required } or later, and this device has { $detected }.
update-how-ios = Open "Settings" { -then } "General" { -then } "Software Update", install the update, then open this link again.
update-how-android = Open "Settings" { -then } "Software update" (or "System" { -then } "System update"), install the update, then open this link again.

## Step pages

step-progress = Step { $number } of { $total }
step-open-security-info = Open Security info
step-handoff-note = This opens Microsoft's Security info page in place of this guide. When you're done there, use your browser's Back button to come back and tap “I'm done”.
step-coming-next = What you'll see there
step-back = Back
step-next = Next
step-finish = I'm done
step-stuck = I'm stuck
step-nav = Steps

illustration-settings-provider = A settings screen with the passkey provider switched on
illustration-security-info-add = Microsoft's Security info page with the "Add sign-in method" button
illustration-save-passkey = The "Save passkey" sheet asking for your face, fingerprint or PIN
illustration-security-key-touch = A finger touching a security key plugged into a laptop
illustration-done = A check mark: the passkey is ready
illustration-authenticator-account = Microsoft Authenticator showing your work account with the “Create a passkey” button
illustration-samsung-save-another-way = Samsung Pass offering to save the passkey, with “Save another way” under its button
illustration-ios-autofill-settings = iPhone settings for passwords and passkeys, with Authenticator turned on
illustration-android-passkey-providers = Android settings for passwords and passkeys, with Authenticator turned on
illustration-security-info-phone = Security info in the phone’s browser, with the “Add sign-in method” button
illustration-windows-save-passkey = The Windows “Save your passkey” dialog with its “OK” button
illustration-choose-security-key = The Windows “Choose where to save your passkey” dialog with “Security key” selected
illustration-mac-save-passkey = A Mac asking to save the passkey with Touch ID
illustration-cross-device-qr = A QR code on the computer, scanned with the phone’s Camera app

## I'm stuck

stuck-title = What's going wrong?
stuck-intro = Step { $number }: { $step }. Pick what you see, and we'll show you what to do.
stuck-something-else = Something else? Contact the helpdesk below and give them the code at the bottom of this page.
stuck-fix-heading = What to do
stuck-other-problems = A different problem
stuck-back-to-step = Back to the step
stuck-contact = Still stuck? The helpdesk can help: their contact details are below.
stuck-contact-generic = Still stuck? Contact your IT helpdesk and give them the code at the bottom of this page.

## Done

done-confirm-title = Did it work?
done-confirm-body = If Microsoft's page now lists your passkey under Security info, you're all set.
done-confirm-yes = Yes, my passkey is set up
done-confirm-no = No, something went wrong
done-title = You're all set
done-body = Next time you sign in to { $company }, choose “Other ways to sign in” (or “Sign-in options”) { -then } “Face, fingerprint, PIN or security key”, and use your face, fingerprint or PIN.
done-test-title = Test it now
done-test-body = Open a private window in your browser, go to aka.ms/mysecurityinfo and type your work email. Choose “Other ways to sign in” (or “Sign-in options”) { -then } “Face, fingerprint, PIN or security key” and use your new passkey. If you get in, it’s ready for every { $company } sign-in; if not, go back one page and tap “No, something went wrong”.
done-next = You can close this page.

## Device chooser

devices-title = Which device are you using?
devices-intro = Pick the device you want to sign in with. We'll show the steps for it.
devices-all-ways = All the ways your organisation allows

## Errors

error-not-found-title = We couldn't find that page
error-not-found-body = Check that you opened the whole link from your email. If it still doesn't work, ask your IT helpdesk for the right link.
error-forbidden-title = You can't open this page
error-forbidden-body = Sign in first, or ask your administrator for access.
error-busy-title = Lots of people are here right now
error-busy-body = Please wait a few seconds and try again.
error-bad-request-title = Something in that request didn't look right
error-bad-request-body = Go back and try again. If it keeps happening, contact your IT helpdesk.
error-internal-title = Something went wrong on our side
error-internal-body = Please try again in a minute. If it keeps happening, contact your IT helpdesk and give them the request number below.
error-request-id = Request number:

## Shown by the page script

guide-ipad-notice = On an iPad? Your iPad tells websites it is a Mac.
guide-ipad-link = Show the iPad steps
step-no-passkey-warning = This browser can't create a passkey on this device. Check that a screen lock is set up, or use another way from the start page.

## Helpdesk runbook

runbook-title = Helpdesk guide: { $flow }
runbook-code-help = Callers read a code like DEMO-IPH-IA-3 from the bottom of their page: organisation, device (IPH iPhone, IPD iPad, SAM Samsung, AND Android, WIN Windows, MAC Mac, CRO Chromebook, LNX Linux), walkthrough (IA iPhone + Authenticator, IC iCloud Keychain, SA Samsung, AN Google Password Manager, AA Android + Authenticator, WH Windows Hello, MC Mac, SK security key, XD computer + phone, CH not chosen yet) and step number.
runbook-open-guide = Open the guide the caller sees
runbook-ask-heading = Ask first
runbook-ask-device = Which device and system version are you on? (On an iPhone: Settings { -then } General { -then } About.)
runbook-ask-code = What is the code at the bottom of your page?
runbook-ask-screen = What exactly does the screen say? Read it to me word for word.
runbook-ask-browser = Did you open the link from the email app, Teams, or a browser like Safari, Chrome or Edge?
runbook-steps-heading = Steps and known problems
runbook-step = Step { $number }: { $title }
runbook-source = Vendor documentation for this step (checked { $date })
handout-title = { $flow }: every step
handout-qr = Scan to open this walkthrough on your phone:
handout-print-hint = Print this page (Ctrl+P or ⌘P) to hand it out.
guide-print-all = Print all steps
runbook-others = Other walkthroughs
guide-privacy-personal = This link is personal: it tells { $company } that you opened this guide and how far you got, and a cookie keeps it while you follow the steps. Nothing else about you is recorded.
