## Rollout emails. They lead with what the employee gets, not with security jargon.

email-cta = Set up your passkey
email-help-contact = Questions? Contact the helpdesk: { $contact }.
email-signoff = Your { $company } IT team

email-announcement-subject = Sign in to { $company } with your face or fingerprint
email-announcement-intro = Soon you'll sign in to { $company } without typing a password: just your face, fingerprint or phone PIN.
email-announcement-benefit = This is called a passkey. It's faster than a password, you can't forget it, and nobody can trick you into giving it away.
email-announcement-action = Setting it up takes about five minutes. Open the link on the phone or computer you use for work, and the guide will show you the exact steps for it.

email-reminder-subject = Reminder: set up your { $company } passkey (5 minutes)
email-reminder-intro = A week ago we asked everyone at { $company } to set up a passkey. If you haven't yet, now is a good moment.
email-reminder-benefit = With a passkey you sign in with your face, fingerprint or PIN, and no password to remember or type.
email-reminder-action = The guide recognises your device and walks you through every tap. If you get stuck, it tells you what to do.

email-final-subject = Last reminder: your { $company } passkey
email-final-intro = This is the last reminder to set up your passkey for { $company }.
email-final-benefit = Soon, signing in will work best with a passkey. Setting one up now means no interruption later.
email-final-action = It takes about five minutes. Open the link and follow the steps for your device; the helpdesk is there if anything goes wrong.

email-greeting = Hello { $name },
email-deadline = Please set up your passkey by { $deadline }.
