# Walkthrough texts. Every id here is named by the data in src/guide/catalog.rs:
#   flow-{flow}-title, flow-{flow}-summary
#   flow-{flow}-{step}-title, flow-{flow}-{step}-body
#   stuck-{flow}-{step}-{problem} (the symptom) and stuck-{flow}-{step}-{problem}-fix
# The only variable is { $company }, the organisation's name.

## iphone-authenticator

flow-iphone-authenticator-title = iPhone with Microsoft Authenticator
flow-iphone-authenticator-title-ipad = iPad with Microsoft Authenticator
flow-iphone-authenticator-summary = You’ll get a passkey in the Microsoft Authenticator app on your iPhone, so you can sign in with Face ID. It takes about 5 minutes.
flow-iphone-authenticator-summary-ipad = You’ll get a passkey in the Microsoft Authenticator app on your iPad, so you can sign in with Face ID or Touch ID. It takes about 5 minutes.

flow-iphone-authenticator-update-title = Update your iPhone
flow-iphone-authenticator-update-title-ipad = Update your iPad
flow-iphone-authenticator-update-body = Your iPhone needs iOS 17 or later. Open “Settings” { -then } “General” { -then } “Software Update” and install any update shown.
flow-iphone-authenticator-update-body-ipad = Your iPad needs iPadOS 17 or later. Open “Settings” { -then } “General” { -then } “Software Update” and install any update shown.
stuck-iphone-authenticator-update-os-too-old = My iPhone can’t update to iOS 17
stuck-iphone-authenticator-update-os-too-old-ipad = My iPad can’t update to iPadOS 17
stuck-iphone-authenticator-update-os-too-old-fix = Older iPhones can’t keep a passkey in Authenticator. Contact { $company } IT and ask which other way you can use.
stuck-iphone-authenticator-update-os-too-old-fix-ipad = Older iPads can’t keep a passkey in Authenticator. Contact { $company } IT and ask which other way you can use.
stuck-iphone-authenticator-update-which-version = I don’t know which iOS I have
stuck-iphone-authenticator-update-which-version-ipad = I don’t know which iPadOS I have
stuck-iphone-authenticator-update-which-version-fix = Open “Settings” { -then } “General” { -then } “About” and look at “iOS Version”.
stuck-iphone-authenticator-update-which-version-fix-ipad = Open “Settings” { -then } “General” { -then } “About” and look at “iPadOS Version”.

flow-iphone-authenticator-install-authenticator-title = Add your work account to Authenticator
flow-iphone-authenticator-install-authenticator-body = Install “Microsoft Authenticator” from the App Store, open it and go through its first screens. Tap “Add work or school account” (or “Add account”, or “+” { -then } “Work or school account”), then “Sign in”, and sign in with your { $company } work account. If your work account is already there, tap it, then “Create a passkey”.
stuck-iphone-authenticator-install-authenticator-account-already-added = Authenticator already shows my work account
stuck-iphone-authenticator-install-authenticator-account-already-added-fix = Tap your work account, then “Create a passkey”, and go on with the next step.
stuck-iphone-authenticator-install-authenticator-cant-sign-in = Authenticator asks me to prove it’s me and I can’t
stuck-iphone-authenticator-install-authenticator-cant-sign-in-fix = Ask { $company } IT for a Temporary Access Pass. Type it in when Authenticator asks for it.
stuck-iphone-authenticator-install-authenticator-personal-account = I added my personal Microsoft account by mistake
stuck-iphone-authenticator-install-authenticator-personal-account-fix = Tap “+” { -then } “Work or school account” and sign in with your work email address. Your personal account can stay.

flow-iphone-authenticator-enable-provider-title = Let Authenticator save passkeys
flow-iphone-authenticator-enable-provider-body = In “Settings”, open “General” { -then } “AutoFill & Passwords”. Turn on “AutoFill Passwords and Passkeys”. Under “AutoFill From”, turn on “Authenticator”. Then go back to Authenticator.
flow-iphone-authenticator-enable-provider-body-ios17 = In “Settings”, open “Passwords” { -then } “Password Options”. Turn on “AutoFill Passwords and Passkeys”. Under “Use Passwords and Passkeys From”, turn on “Authenticator”. Then go back to Authenticator.
stuck-iphone-authenticator-enable-provider-menu-missing = I can’t find “AutoFill & Passwords”
stuck-iphone-authenticator-enable-provider-menu-missing-fix = On iOS 17 it’s in another place: “Settings” { -then } “Passwords” { -then } “Password Options”. Turn on “AutoFill Passwords and Passkeys” and choose “Authenticator” under “Use Passwords and Passkeys From”.
stuck-iphone-authenticator-enable-provider-menu-missing-fix-ipad = On iPadOS 17 it’s in another place: “Settings” { -then } “Passwords” { -then } “Password Options”. Turn on “AutoFill Passwords and Passkeys” and choose “Authenticator” under “Use Passwords and Passkeys From”.
stuck-iphone-authenticator-enable-provider-authenticator-not-listed = Authenticator isn’t in the list
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix = Update Microsoft Authenticator in the App Store, open it once, then look again. If it’s still missing, restart your iPhone.
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix-ipad = Update Microsoft Authenticator in the App Store, open it once, then look again. If it’s still missing, restart your iPad.
stuck-iphone-authenticator-enable-provider-setting-locked = The setting is greyed out
stuck-iphone-authenticator-enable-provider-setting-locked-fix = Your iPhone may be managed by { $company }. Contact IT and tell them the AutoFill setting is locked.
stuck-iphone-authenticator-enable-provider-setting-locked-fix-ipad = Your iPad may be managed by { $company }. Contact IT and tell them the AutoFill setting is locked.

flow-iphone-authenticator-open-security-info-title = Check it on Security info
flow-iphone-authenticator-open-security-info-body = Open Security info in Safari and sign in with your { $company } account. Your new passkey is in the list of sign-in methods. Then come back to this guide and tap “I’m done”.
stuck-iphone-authenticator-open-security-info-in-app-browser = The page opened inside Outlook or Teams
stuck-iphone-authenticator-open-security-info-in-app-browser-fix = Open it in Safari instead: use the app’s option to open the link in your browser, or type aka.ms/mysecurityinfo into Safari yourself.
stuck-iphone-authenticator-open-security-info-no-passkey-option = My passkey isn’t in the list
stuck-iphone-authenticator-open-security-info-no-passkey-option-fix = Reload the page. If it’s still missing, check in Authenticator that your work account shows “Passkey”; if it doesn’t, go back to step “Let Authenticator create the passkey”.
stuck-iphone-authenticator-open-security-info-sign-in-loop = It keeps asking me to sign in with a passkey I don’t have yet
stuck-iphone-authenticator-open-security-info-sign-in-loop-fix = That comes from a setting on { $company }’s side. Contact IT and ask for a Temporary Access Pass, then try again.

flow-iphone-authenticator-create-in-app-title = Let Authenticator create the passkey
flow-iphone-authenticator-create-in-app-body = Authenticator now creates your passkey. Answer the sign-in checks it shows. If it asks for a passcode, tap “Settings”, set one and come back. When it asks to be turned on for passkeys, tap “Settings”: the next step shows what to turn on there.
stuck-iphone-authenticator-create-in-app-no-create-option = I don’t see “Create a passkey”
stuck-iphone-authenticator-create-in-app-no-create-option-fix = Update Authenticator in the App Store and make sure you tapped your work account. If it’s still missing, contact { $company } IT.
stuck-iphone-authenticator-create-in-app-no-passcode = It says I need a passcode
stuck-iphone-authenticator-create-in-app-no-passcode-fix = Open “Settings” { -then } “Face ID & Passcode” (or “Touch ID & Passcode”) { -then } “Turn Passcode On”. Then go back to Authenticator.
stuck-iphone-authenticator-create-in-app-passkey-already-exists = It says a passkey already exists
stuck-iphone-authenticator-create-in-app-passkey-already-exists-fix = In Authenticator, tap your account { -then } “Settings” { -then } “Delete passkey”, then tap “Create a passkey” again. If My Security Info lists an old passkey you don’t use, delete it there too.
stuck-iphone-authenticator-create-in-app-registration-failed = It says the passkey couldn’t be added
stuck-iphone-authenticator-create-in-app-registration-failed-fix = Wait a minute and try again; the check behind it is sometimes busy. If it fails again, contact { $company } IT and tell them the exact message.

flow-iphone-authenticator-finish-title = Finish in Authenticator
flow-iphone-authenticator-finish-body = Back in Authenticator, tap “Done”. Your work account now shows “Passkey” as a sign-in method. Tap “Done” again.
stuck-iphone-authenticator-finish-passkey-not-found = My account doesn’t show “Passkey”
stuck-iphone-authenticator-finish-passkey-not-found-fix = Check the previous step: Authenticator must be turned on for passkeys. Then tap your work account { -then } “Create a passkey” again.
stuck-iphone-authenticator-finish-page-timed-out = Authenticator timed out or signed me out
stuck-iphone-authenticator-finish-page-timed-out-fix = Open Authenticator again, tap your work account and then “Create a passkey”.

## iphone-icloud

flow-iphone-icloud-title = iPhone with iCloud Keychain
flow-iphone-icloud-title-ipad = iPad with iCloud Keychain
flow-iphone-icloud-summary = You’ll get a passkey saved in your iPhone’s passwords (iCloud Keychain), which also works on your other Apple devices. It takes about 3 minutes.
flow-iphone-icloud-summary-ipad = You’ll get a passkey saved in your iPad’s passwords (iCloud Keychain), which also works on your other Apple devices. It takes about 3 minutes.

flow-iphone-icloud-update-title = Update your iPhone
flow-iphone-icloud-update-title-ipad = Update your iPad
flow-iphone-icloud-update-body = Your iPhone needs iOS 16 or later. Open “Settings” { -then } “General” { -then } “Software Update” and install any update shown.
flow-iphone-icloud-update-body-ipad = Your iPad needs iPadOS 16 or later. Open “Settings” { -then } “General” { -then } “Software Update” and install any update shown.
stuck-iphone-icloud-update-os-too-old = My iPhone can’t update to iOS 16
stuck-iphone-icloud-update-os-too-old-ipad = My iPad can’t update to iPadOS 16
stuck-iphone-icloud-update-os-too-old-fix = This iPhone can’t keep passkeys. Contact { $company } IT and ask which other way you can use.
stuck-iphone-icloud-update-os-too-old-fix-ipad = This iPad can’t keep passkeys. Contact { $company } IT and ask which other way you can use.
stuck-iphone-icloud-update-which-version = I don’t know which iOS I have
stuck-iphone-icloud-update-which-version-ipad = I don’t know which iPadOS I have
stuck-iphone-icloud-update-which-version-fix = Open “Settings” { -then } “General” { -then } “About” and look at “iOS Version”.
stuck-iphone-icloud-update-which-version-fix-ipad = Open “Settings” { -then } “General” { -then } “About” and look at “iPadOS Version”.

flow-iphone-icloud-icloud-keychain-title = Turn on iCloud Keychain
flow-iphone-icloud-icloud-keychain-body = Open “Settings” { -then } your name { -then } “iCloud” { -then } “Passwords”, then turn on “Sync this iPhone”. On iOS 17 or earlier, tap “Passwords and Keychain” instead of “Passwords”.
flow-iphone-icloud-icloud-keychain-body-ipad = Open “Settings” { -then } your name { -then } “iCloud” { -then } “Passwords”, then turn on “Sync this iPad”. On iPadOS 17 or earlier, tap “Passwords and Keychain” instead of “Passwords”.
flow-iphone-icloud-icloud-keychain-body-ios17 = Open “Settings” { -then } your name { -then } “iCloud” { -then } “Passwords and Keychain”, then turn on “Sync this iPhone”.
flow-iphone-icloud-icloud-keychain-body-ios17-ipad = Open “Settings” { -then } your name { -then } “iCloud” { -then } “Passwords and Keychain”, then turn on “Sync this iPad”.
stuck-iphone-icloud-icloud-keychain-no-apple-account = I’m not signed in to an Apple Account
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix = Tap “Sign in to your iPhone” at the top of “Settings” and sign in. If you’d rather not use iCloud, go back and choose another way.
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix-ipad = Tap “Sign in to your iPad” at the top of “Settings” and sign in. If you’d rather not use iCloud, go back and choose another way.
stuck-iphone-icloud-icloud-keychain-two-factor-needed = It says I need two-factor authentication
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix = Open “Settings” { -then } your name { -then } “Sign-In & Security” and turn on “Two-Factor Authentication”. Then come back and turn on “Sync this iPhone”.
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix-ipad = Open “Settings” { -then } your name { -then } “Sign-In & Security” and turn on “Two-Factor Authentication”. Then come back and turn on “Sync this iPad”.
stuck-iphone-icloud-icloud-keychain-no-passcode = My iPhone has no passcode
stuck-iphone-icloud-icloud-keychain-no-passcode-ipad = My iPad has no passcode
stuck-iphone-icloud-icloud-keychain-no-passcode-fix = Open “Settings” { -then } “Face ID & Passcode” (or “Touch ID & Passcode”) { -then } “Turn Passcode On”.

flow-iphone-icloud-open-security-info-title = Start on My Security Info
flow-iphone-icloud-open-security-info-body = Open My Security Info (aka.ms/mysecurityinfo) in Safari and sign in with your { $company } account. Tap “+ Add sign-in method” { -then } “Passkey”, then “Next”.
stuck-iphone-icloud-open-security-info-in-app-browser = The page opened inside Outlook or Teams
stuck-iphone-icloud-open-security-info-in-app-browser-fix = Passkeys often can’t be saved from inside another app. Use the app’s option to open the link in your browser, or type aka.ms/mysecurityinfo into Safari yourself.
stuck-iphone-icloud-open-security-info-no-passkey-option = I don’t see “Passkey” in the list
stuck-iphone-icloud-open-security-info-no-passkey-option-fix = { $company } may not have turned passkeys on for you yet. Contact IT and ask which kind of passkey you should use.
stuck-iphone-icloud-open-security-info-only-authenticator = I only see “Passkey in Microsoft Authenticator”
stuck-iphone-icloud-open-security-info-only-authenticator-fix = { $company } wants your passkey in Microsoft Authenticator. Go back and choose the guide “iPhone with Microsoft Authenticator”.
stuck-iphone-icloud-open-security-info-only-authenticator-fix-ipad = { $company } wants your passkey in Microsoft Authenticator. Go back and choose the guide “iPad with Microsoft Authenticator”.

flow-iphone-icloud-save-passkey-title = Save the passkey on your iPhone
flow-iphone-icloud-save-passkey-title-ipad = Save the passkey on your iPad
flow-iphone-icloud-save-passkey-body = Tap “Next” again. When your iPhone offers to save a passkey, tap “Continue” and confirm with Face ID, Touch ID or your passcode. If it asks where to save it, choose “Passwords” (or “iCloud Keychain”).
flow-iphone-icloud-save-passkey-body-ipad = Tap “Next” again. When your iPad offers to save a passkey, tap “Continue” and confirm with Face ID, Touch ID or your passcode. If it asks where to save it, choose “Passwords” (or “iCloud Keychain”).
stuck-iphone-icloud-save-passkey-not-allowed = It says my organisation doesn’t allow this passkey
stuck-iphone-icloud-save-passkey-not-allowed-fix = { $company } only allows passkeys that stay on one device. Go back and choose the guide “iPhone with Microsoft Authenticator”.
stuck-iphone-icloud-save-passkey-not-allowed-fix-ipad = { $company } only allows passkeys that stay on one device. Go back and choose the guide “iPad with Microsoft Authenticator”.
stuck-iphone-icloud-save-passkey-saved-elsewhere = It saved the passkey in another app
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix = Check My Security Info: if the passkey is listed, you’re done. If not, try again and choose “Passwords” when your iPhone asks where to save it.
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix-ipad = Check My Security Info: if the passkey is listed, you’re done. If not, try again and choose “Passwords” when your iPad asks where to save it.
stuck-iphone-icloud-save-passkey-nothing-happens = Nothing happens after I tap “Next”
stuck-iphone-icloud-save-passkey-nothing-happens-fix = Make sure the page is open in Safari and that iCloud Keychain is on. Then start again from “+ Add sign-in method”.

flow-iphone-icloud-name-it-title = Name your passkey
flow-iphone-icloud-name-it-body = Type a name you’ll recognise, like “My iPhone”, and tap “Next”. Then tap “Done”. The passkey now shows in your list of sign-in methods.
flow-iphone-icloud-name-it-body-ipad = Type a name you’ll recognise, like “My iPad”, and tap “Next”. Then tap “Done”. The passkey now shows in your list of sign-in methods.
stuck-iphone-icloud-name-it-closed-too-early = I closed the page before naming it
stuck-iphone-icloud-name-it-closed-too-early-fix = Open My Security Info. If the passkey is listed, you’re done. If not, start again from “+ Add sign-in method”.

## samsung

flow-samsung-title = Samsung Galaxy with Microsoft Authenticator
flow-samsung-summary = You’ll get a passkey in the Microsoft Authenticator app on your Galaxy, so you can sign in with your fingerprint, face or PIN. It takes about 5 minutes.

flow-samsung-update-title = Update your Galaxy
flow-samsung-update-body = Your phone needs Android 14 or later. Open “Settings” { -then } “Software update” { -then } “Download and install” and install any update shown.
stuck-samsung-update-os-too-old = My phone can’t update to Android 14
stuck-samsung-update-os-too-old-fix = This phone can’t keep a passkey in Authenticator. Contact { $company } IT and ask which other way you can use.
stuck-samsung-update-which-version = I don’t know which Android I have
stuck-samsung-update-which-version-fix = Open “Settings” { -then } “About phone” { -then } “Software information” and look at “Android version”.

flow-samsung-install-authenticator-title = Add your work account to Authenticator
flow-samsung-install-authenticator-body = Install “Microsoft Authenticator” from the Play Store, open it and go through its first screens. Tap “Add work or school account” (or “Add account”, or “+” { -then } “Work or school account”), then “Sign in”, and sign in with your { $company } work account. If your work account is already there, tap it, then “Create a passkey”.
stuck-samsung-install-authenticator-work-profile = My phone has a work profile (apps with a briefcase)
stuck-samsung-install-authenticator-work-profile-fix = A passkey only works in the profile where it’s saved. Use Authenticator in the profile where your work apps are. If you use work apps in both profiles, create a passkey in each.
stuck-samsung-install-authenticator-account-already-added = Authenticator already shows my work account
stuck-samsung-install-authenticator-account-already-added-fix = Tap your work account, then “Create a passkey”, and go on with the next step.
stuck-samsung-install-authenticator-cant-sign-in = Authenticator asks me to prove it’s me and I can’t
stuck-samsung-install-authenticator-cant-sign-in-fix = Ask { $company } IT for a Temporary Access Pass. Type it in when Authenticator asks for it.

flow-samsung-enable-provider-title = Make Authenticator your passkey app
flow-samsung-enable-provider-body = In “Settings”, open “General management” { -then } “Passwords, passkeys and autofill” and turn on “Authenticator”. Samsung Pass can stay on. Then go back to Authenticator.
stuck-samsung-enable-provider-menu-missing = I can’t find “Passwords, passkeys and autofill”
stuck-samsung-enable-provider-menu-missing-fix = Open “Settings”, tap the search icon and type “passkeys”. The menu name differs a little between phone versions.
stuck-samsung-enable-provider-authenticator-not-listed = Authenticator isn’t in the list or won’t turn on
stuck-samsung-enable-provider-authenticator-not-listed-fix = Update Authenticator in the Play Store, open it once and look again. On Android 14, if it still won’t turn on, update your phone to Android 15.

flow-samsung-open-security-info-title = Check it on Security info
flow-samsung-open-security-info-body = Open Security info in Chrome or Samsung Internet and sign in with your { $company } account. Your new passkey is in the list of sign-in methods. Then come back to this guide and tap “I’m done”.
stuck-samsung-open-security-info-in-app-browser = The page opened inside Outlook or Teams
stuck-samsung-open-security-info-in-app-browser-fix = Open it in Chrome or Samsung Internet instead: use the app’s option to open the link in your browser, or type aka.ms/mysecurityinfo yourself.
stuck-samsung-open-security-info-no-passkey-option = My passkey isn’t in the list
stuck-samsung-open-security-info-no-passkey-option-fix = Reload the page. If it’s still missing, check in Authenticator that your work account shows “Passkey”; if it doesn’t, go back to step “Let Authenticator create the passkey”.
stuck-samsung-open-security-info-sign-in-loop = It keeps asking me to sign in with a passkey I don’t have yet
stuck-samsung-open-security-info-sign-in-loop-fix = That comes from a setting on { $company }’s side. Contact IT and ask for a Temporary Access Pass, then try again.

flow-samsung-create-in-app-title = Let Authenticator create the passkey
flow-samsung-create-in-app-body = Authenticator now creates your passkey. Answer the sign-in checks it shows. If it asks for a screen lock, tap “Settings”, set one and come back. When it asks to be turned on for passkeys, tap “Settings”: the next step shows what to turn on there.
stuck-samsung-create-in-app-samsung-pass-appears = Samsung Pass pops up to save the passkey
stuck-samsung-create-in-app-samsung-pass-appears-fix = Don’t save it in Samsung Pass. Tap “Save another way” (on some phones “Other options”) and choose “Authenticator”. If Authenticator isn’t offered, check the step “Make Authenticator your passkey app”.
stuck-samsung-create-in-app-saved-in-samsung-pass = I saved it in Samsung Pass by mistake
stuck-samsung-create-in-app-saved-in-samsung-pass-fix = Open Security info and delete that passkey. Then, in Authenticator, tap your work account { -then } “Create a passkey” and choose “Authenticator” when asked where to save it.
stuck-samsung-create-in-app-no-screen-lock = It says I need a screen lock
stuck-samsung-create-in-app-no-screen-lock-fix = Open “Settings”, search for “Screen lock type” and choose a PIN, pattern or password. Then go back to Authenticator.
stuck-samsung-create-in-app-passkey-already-exists = It says a passkey already exists
stuck-samsung-create-in-app-passkey-already-exists-fix = In Authenticator, tap your account { -then } “Settings” { -then } “Delete passkey”, then tap “Create a passkey” again.

flow-samsung-finish-title = Finish in Authenticator
flow-samsung-finish-body = Back in Authenticator, tap “Done”. Your work account now shows “Passkey” as a sign-in method. Tap “Done” again.
stuck-samsung-finish-passkey-not-found = My account doesn’t show “Passkey”
stuck-samsung-finish-passkey-not-found-fix = Check the previous step: Authenticator must be turned on for passkeys. Then tap your work account { -then } “Create a passkey” again.
stuck-samsung-finish-page-timed-out = Authenticator timed out or signed me out
stuck-samsung-finish-page-timed-out-fix = Open Authenticator again, tap your work account and then “Create a passkey”.

## android

flow-android-title = Android phone with Google Password Manager
flow-android-summary = You’ll get a passkey saved in Google Password Manager, which also works on your other devices signed in to the same Google account. It takes about 3 minutes.

flow-android-screen-lock-title = Check your screen lock
flow-android-screen-lock-body = Your phone needs Android 9 or later and a screen lock. Open “Settings”, search for “Screen lock” and choose a PIN, pattern or password if you don’t have one.
stuck-android-screen-lock-os-too-old = My phone has Android 8 or older
stuck-android-screen-lock-os-too-old-fix = This phone can’t keep passkeys. Contact { $company } IT and ask which other way you can use.
stuck-android-screen-lock-which-version = I don’t know which Android I have
stuck-android-screen-lock-which-version-fix = Open “Settings” { -then } “About phone” and look at “Android version”.

flow-android-check-google-title = Check Google Password Manager
flow-android-check-google-body = Make sure this phone is signed in to your Google account. On Android 14 or later, open “Settings”, search for “passkeys” and check that “Google” is chosen or turned on.
stuck-android-check-google-no-google-account = There’s no Google account on this phone
stuck-android-check-google-no-google-account-fix = Open “Settings”, search for “Accounts” and add your Google account. If you’d rather not use Google, go back and choose another way.
stuck-android-check-google-other-app-preferred = Another app is set as my password app
stuck-android-check-google-other-app-preferred-fix = That app may try to save the passkey instead. Choose “Google” when your phone asks where to save it.
stuck-android-check-google-work-profile = My phone has a work profile (apps with a briefcase)
stuck-android-check-google-work-profile-fix = A passkey only works in the profile where it’s saved. Open the next step in the browser of the profile you use for work.

flow-android-open-security-info-title = Start on My Security Info
flow-android-open-security-info-body = Open My Security Info (aka.ms/mysecurityinfo) in Chrome and sign in with your { $company } account. Tap “+ Add sign-in method” { -then } “Passkey”, then “Next”.
stuck-android-open-security-info-in-app-browser = The page opened inside Outlook or Teams
stuck-android-open-security-info-in-app-browser-fix = Passkeys often can’t be saved from inside another app. Use the app’s option to open the link in your browser, or type aka.ms/mysecurityinfo into Chrome yourself.
stuck-android-open-security-info-no-passkey-option = I don’t see “Passkey” in the list
stuck-android-open-security-info-no-passkey-option-fix = { $company } may not have turned passkeys on for you yet. Contact IT and ask which kind of passkey you should use.
stuck-android-open-security-info-only-authenticator = I only see “Passkey in Microsoft Authenticator”
stuck-android-open-security-info-only-authenticator-fix = { $company } wants your passkey in Microsoft Authenticator. Go back and choose the guide “Android phone with Microsoft Authenticator”.

flow-android-save-passkey-title = Save the passkey
flow-android-save-passkey-body = When your phone offers to create a passkey, check that it says Google Password Manager and tap “Continue”. Unlock with your fingerprint, face or screen lock.
stuck-android-save-passkey-not-allowed = It says my organisation doesn’t allow this passkey
stuck-android-save-passkey-not-allowed-fix = { $company } only allows passkeys that stay on one device. Go back and choose the guide “Android phone with Microsoft Authenticator”.
stuck-android-save-passkey-other-app-offered = Another app offers to save it
stuck-android-save-passkey-other-app-offered-fix = Tap “Save another way” (or “Other options”) and choose “Google Password Manager”.
stuck-android-save-passkey-nothing-happens = Nothing pops up
stuck-android-save-passkey-nothing-happens-fix = Make sure the page is open in Chrome and your screen lock is on. Update Chrome and Google Play services in the Play Store, then start again from “+ Add sign-in method”.

flow-android-name-it-title = Name your passkey
flow-android-name-it-body = Type a name you’ll recognise, like “My phone”, and tap “Next”. Then tap “Done”. The passkey now shows in your list of sign-in methods.
stuck-android-name-it-closed-too-early = I closed the page before naming it
stuck-android-name-it-closed-too-early-fix = Open My Security Info. If the passkey is listed, you’re done. If not, start again from “+ Add sign-in method”.

## android-authenticator

flow-android-authenticator-title = Android phone with Microsoft Authenticator
flow-android-authenticator-summary = You’ll get a passkey in the Microsoft Authenticator app on your phone, so you can sign in with your fingerprint, face or PIN. It takes about 5 minutes.

flow-android-authenticator-update-title = Update your phone
flow-android-authenticator-update-body = Your phone needs Android 14 or later. Open “Settings”, search for “System update” and install any update shown.
stuck-android-authenticator-update-os-too-old = My phone can’t update to Android 14
stuck-android-authenticator-update-os-too-old-fix = This phone can’t keep a passkey in Authenticator. Contact { $company } IT and ask which other way you can use.
stuck-android-authenticator-update-which-version = I don’t know which Android I have
stuck-android-authenticator-update-which-version-fix = Open “Settings” { -then } “About phone” and look at “Android version”.

flow-android-authenticator-install-authenticator-title = Add your work account to Authenticator
flow-android-authenticator-install-authenticator-body = Install “Microsoft Authenticator” from the Play Store, open it and go through its first screens. Tap “Add work or school account” (or “Add account”, or “+” { -then } “Work or school account”), then “Sign in”, and sign in with your { $company } work account. If your work account is already there, tap it, then “Create a passkey”.
stuck-android-authenticator-install-authenticator-work-profile = My phone has a work profile (apps with a briefcase)
stuck-android-authenticator-install-authenticator-work-profile-fix = A passkey only works in the profile where it’s saved. Use Authenticator in the profile where your work apps are. If you use work apps in both profiles, create a passkey in each.
stuck-android-authenticator-install-authenticator-account-already-added = Authenticator already shows my work account
stuck-android-authenticator-install-authenticator-account-already-added-fix = Tap your work account, then “Create a passkey”, and go on with the next step.
stuck-android-authenticator-install-authenticator-cant-sign-in = Authenticator asks me to prove it’s me and I can’t
stuck-android-authenticator-install-authenticator-cant-sign-in-fix = Ask { $company } IT for a Temporary Access Pass. Type it in when Authenticator asks for it.

flow-android-authenticator-enable-provider-title = Let Authenticator save passkeys
flow-android-authenticator-enable-provider-body = In “Settings”, open “Passwords & accounts”. Under “Additional providers”, turn on “Authenticator”. Then go back to Authenticator.
stuck-android-authenticator-enable-provider-menu-missing = My phone’s menus look different
stuck-android-authenticator-enable-provider-menu-missing-fix = Open “Settings”, tap the search bar and type “passkeys”. Open the result about passwords and passkeys, then turn on “Authenticator”.
stuck-android-authenticator-enable-provider-authenticator-not-listed = Authenticator isn’t in the list or won’t turn on
stuck-android-authenticator-enable-provider-authenticator-not-listed-fix = Update Authenticator in the Play Store, open it once and look again. On Android 14, if it still won’t turn on, update your phone to Android 15.

flow-android-authenticator-open-security-info-title = Check it on Security info
flow-android-authenticator-open-security-info-body = Open Security info in Chrome and sign in with your { $company } account. Your new passkey is in the list of sign-in methods. Then come back to this guide and tap “I’m done”.
stuck-android-authenticator-open-security-info-in-app-browser = The page opened inside Outlook or Teams
stuck-android-authenticator-open-security-info-in-app-browser-fix = Open it in Chrome instead: use the app’s option to open the link in your browser, or type aka.ms/mysecurityinfo into Chrome yourself.
stuck-android-authenticator-open-security-info-no-passkey-option = My passkey isn’t in the list
stuck-android-authenticator-open-security-info-no-passkey-option-fix = Reload the page. If it’s still missing, check in Authenticator that your work account shows “Passkey”; if it doesn’t, go back to step “Let Authenticator create the passkey”.
stuck-android-authenticator-open-security-info-sign-in-loop = It keeps asking me to sign in with a passkey I don’t have yet
stuck-android-authenticator-open-security-info-sign-in-loop-fix = That comes from a setting on { $company }’s side. Contact IT and ask for a Temporary Access Pass, then try again.

flow-android-authenticator-create-in-app-title = Let Authenticator create the passkey
flow-android-authenticator-create-in-app-body = Authenticator now creates your passkey. Answer the sign-in checks it shows. If it asks for a screen lock, tap “Settings”, set one and come back. When it asks to be turned on for passkeys, tap “Settings”: the next step shows what to turn on there.
stuck-android-authenticator-create-in-app-other-app-offered = Google Password Manager or another app offers to save it
stuck-android-authenticator-create-in-app-other-app-offered-fix = Don’t save it there. Tap “Save another way” (or “Other options”) and choose “Authenticator”. If Authenticator isn’t offered, check the step “Let Authenticator save passkeys”.
stuck-android-authenticator-create-in-app-no-screen-lock = It says I need a screen lock
stuck-android-authenticator-create-in-app-no-screen-lock-fix = Open “Settings”, search for “Screen lock” and choose a PIN, pattern or password. Then go back to Authenticator.
stuck-android-authenticator-create-in-app-passkey-already-exists = It says a passkey already exists
stuck-android-authenticator-create-in-app-passkey-already-exists-fix = In Authenticator, tap your account { -then } “Settings” { -then } “Delete passkey”, then tap “Create a passkey” again.
stuck-android-authenticator-create-in-app-registration-failed = It says the passkey couldn’t be added
stuck-android-authenticator-create-in-app-registration-failed-fix = Wait a minute and try again; the check behind it is sometimes busy. If it fails again, contact { $company } IT and tell them the exact message.

flow-android-authenticator-finish-title = Finish in Authenticator
flow-android-authenticator-finish-body = Back in Authenticator, tap “Done”. Your work account now shows “Passkey” as a sign-in method. Tap “Done” again.
stuck-android-authenticator-finish-passkey-not-found = My account doesn’t show “Passkey”
stuck-android-authenticator-finish-passkey-not-found-fix = Check the previous step: Authenticator must be turned on for passkeys. Then tap your work account { -then } “Create a passkey” again.
stuck-android-authenticator-finish-page-timed-out = Authenticator timed out or signed me out
stuck-android-authenticator-finish-page-timed-out-fix = Open Authenticator again, tap your work account and then “Create a passkey”.

## windows-hello

flow-windows-hello-title = Windows PC with Windows Hello
flow-windows-hello-summary = You’ll get a passkey kept on this PC, unlocked with your Windows Hello face, fingerprint or PIN. It takes about 3 minutes.

flow-windows-hello-set-up-hello-title = Set up Windows Hello
flow-windows-hello-set-up-hello-body = Open “Settings” { -then } “Accounts” { -then } “Sign-in options”. If you have no PIN yet, select “PIN (Windows Hello)” { -then } “Set up”. You can add face or fingerprint there too.
stuck-windows-hello-set-up-hello-greyed-out = The Windows Hello options are greyed out
stuck-windows-hello-set-up-hello-greyed-out-fix = Your PC may be managed by { $company }. Contact IT and ask them to allow Windows Hello, or go back and choose another way.
stuck-windows-hello-set-up-hello-no-face-or-fingerprint = My PC has no face or fingerprint sign-in
stuck-windows-hello-set-up-hello-no-face-or-fingerprint-fix = That’s fine: a Windows Hello PIN is enough.
stuck-windows-hello-set-up-hello-old-windows = My PC hasn’t been updated for a while
stuck-windows-hello-set-up-hello-old-windows-fix = Open “Settings” { -then } “Windows Update” { -then } “Check for updates” and install what’s offered, then restart.

flow-windows-hello-open-security-info-title = Start on My Security Info
flow-windows-hello-open-security-info-body = Open My Security Info (aka.ms/mysecurityinfo) in Microsoft Edge or Chrome and sign in with your { $company } account. Select “+ Add sign-in method” { -then } “Passkey”, then “Next”.
stuck-windows-hello-open-security-info-no-passkey-option = I don’t see “Passkey” in the list
stuck-windows-hello-open-security-info-no-passkey-option-fix = { $company } may not have turned passkeys on for you yet. Contact IT and ask which kind of passkey you should use.
stuck-windows-hello-open-security-info-only-authenticator = I only see “Passkey in Microsoft Authenticator”
stuck-windows-hello-open-security-info-only-authenticator-fix = { $company } wants your passkey in Microsoft Authenticator on your phone. Go back and choose the guide for a computer and a phone.

flow-windows-hello-save-passkey-title = Save it on this PC
flow-windows-hello-save-passkey-body = Windows shows “Save your passkey” with “This will be saved to your Windows device”. Select “OK” and confirm with your face, fingerprint or PIN. (If it names another place instead, select “Change” and pick this Windows device.)
flow-windows-hello-save-passkey-body-windows10 = A Windows Security window asks you to confirm with Windows Hello. Use your face, fingerprint or PIN as it asks, and keep the passkey on this PC.
stuck-windows-hello-save-passkey-no-windows-option = “This Windows device” isn’t offered
stuck-windows-hello-save-passkey-no-windows-option-fix = Set up a Windows Hello PIN first (step 1), then start again from “+ Add sign-in method”.
stuck-windows-hello-save-passkey-browser-offers-other-app = My browser offers to save it in a password manager
stuck-windows-hello-save-passkey-browser-offers-other-app-fix = Choose “Save another way” (or “More options”) and pick the option for Windows Hello or this Windows device.
stuck-windows-hello-save-passkey-already-registered = It says a passkey is already registered
stuck-windows-hello-save-passkey-already-registered-fix = On a { $company } computer, Windows Hello may already be set up for your work account, and Windows can’t keep a second passkey for it. You can already sign in to this PC with Windows Hello; for other devices, go back and choose the phone guide.
stuck-windows-hello-save-passkey-not-allowed = It says this passkey isn’t allowed
stuck-windows-hello-save-passkey-not-allowed-fix = { $company } may not allow passkeys in Windows Hello yet. Contact IT, or go back and choose another way.

flow-windows-hello-name-it-title = Name your passkey
flow-windows-hello-name-it-body = Type a name you’ll recognise, like “My laptop”, and select “Next”. Then select “Done”. The passkey now shows in your list of sign-in methods.
stuck-windows-hello-name-it-closed-too-early = I closed the page before naming it
stuck-windows-hello-name-it-closed-too-early-fix = Open My Security Info. If the passkey is listed, you’re done. If not, start again from “+ Add sign-in method”.

## mac

flow-mac-title = Mac with iCloud Keychain
flow-mac-summary = You’ll get a passkey saved in iCloud Keychain, unlocked with Touch ID or your Mac password, and ready on your other Apple devices. It takes about 3 minutes.

flow-mac-update-title = Update your Mac
flow-mac-update-body = Your Mac needs macOS 13 Ventura or later. Choose Apple menu { -then } “System Settings” { -then } “General” { -then } “Software Update” and install any update shown.
stuck-mac-update-os-too-old = My Mac can’t update to macOS 13
stuck-mac-update-os-too-old-fix = This Mac can’t save passkeys. Go back and choose the guide for a computer and a phone, or ask { $company } IT which other way you can use.
stuck-mac-update-which-version = I don’t know which macOS I have
stuck-mac-update-which-version-fix = Choose Apple menu { -then } “About This Mac” and look at the version number.

flow-mac-icloud-keychain-title = Turn on iCloud Keychain
flow-mac-icloud-keychain-body = Choose Apple menu { -then } “System Settings” { -then } your name { -then } “iCloud” { -then } “Passwords”, then turn on “Sync this Mac”. On macOS Sonoma or earlier, click “Passwords & Keychain” instead of “Passwords”.
flow-mac-icloud-keychain-body-macos14 = Choose Apple menu { -then } “System Settings” { -then } your name { -then } “iCloud” { -then } “Passwords & Keychain”, then turn on “Sync this Mac”.
stuck-mac-icloud-keychain-no-apple-account = I’m not signed in to an Apple Account
stuck-mac-icloud-keychain-no-apple-account-fix = Click “Sign in” at the top of “System Settings” and sign in. If you’d rather not use iCloud, go back and choose another way.
stuck-mac-icloud-keychain-two-factor-needed = It says I need two-factor authentication
stuck-mac-icloud-keychain-two-factor-needed-fix = Choose Apple menu { -then } “System Settings” { -then } your name { -then } “Sign-In & Security” and turn on “Two-Factor Authentication”. Then turn on “Sync this Mac”.

flow-mac-open-security-info-title = Start on My Security Info
flow-mac-open-security-info-body = Open My Security Info (aka.ms/mysecurityinfo) in Safari and sign in with your { $company } account. Click “+ Add sign-in method” { -then } “Passkey”, then “Next”.
stuck-mac-open-security-info-no-passkey-option = I don’t see “Passkey” in the list
stuck-mac-open-security-info-no-passkey-option-fix = { $company } may not have turned passkeys on for you yet. Contact IT and ask which kind of passkey you should use.
stuck-mac-open-security-info-only-authenticator = I only see “Passkey in Microsoft Authenticator”
stuck-mac-open-security-info-only-authenticator-fix = { $company } wants your passkey in Microsoft Authenticator on your phone. Go back and choose the guide for a computer and a phone.

flow-mac-save-passkey-title = Save the passkey on your Mac
flow-mac-save-passkey-body = When your Mac offers to save a passkey, click “Continue” and use Touch ID or your Mac password.
stuck-mac-save-passkey-chrome-other-place = I use Chrome and it wants to save it somewhere else
stuck-mac-save-passkey-chrome-other-place-fix = Choose “iCloud Keychain” when Chrome asks where to save it. If your Mac asks whether Chrome may use your passkeys, allow it. Or simply use Safari.
stuck-mac-save-passkey-only-qr-code = It only shows a QR code for a phone
stuck-mac-save-passkey-only-qr-code-fix = Your Mac can’t save passkeys yet. Check that iCloud Keychain is on (step 2), then start again in Safari.
stuck-mac-save-passkey-not-allowed = It says my organisation doesn’t allow this passkey
stuck-mac-save-passkey-not-allowed-fix = { $company } only allows passkeys that stay on one device. Go back and choose the guide for a computer and a phone.

flow-mac-name-it-title = Name your passkey
flow-mac-name-it-body = Type a name you’ll recognise, like “My Mac”, and click “Next”. Then click “Done”. The passkey now shows in your list of sign-in methods.
stuck-mac-name-it-closed-too-early = I closed the page before naming it
stuck-mac-name-it-closed-too-early-fix = Open My Security Info. If the passkey is listed, you’re done. If not, start again from “+ Add sign-in method”.

## security-key

flow-security-key-title = Security key
flow-security-key-summary = You’ll register your security key, so you can sign in by plugging it in (or tapping it) and typing its PIN. It takes about 5 minutes.

flow-security-key-get-key-title = Have your security key ready
flow-security-key-get-key-body = Get the security key { $company } gave you. Do these steps on a Windows PC or a Mac.
stuck-security-key-get-key-no-key = I don’t have a security key
stuck-security-key-get-key-no-key-fix = Ask { $company } IT for one, or go back and choose another way.
stuck-security-key-get-key-doesnt-fit = The key doesn’t fit my computer
stuck-security-key-get-key-doesnt-fit-fix = Use an adapter between USB-C and USB-A, or ask IT for a key that fits.
stuck-security-key-get-key-chromebook = I’m on a Chromebook
stuck-security-key-get-key-chromebook-fix = A security key can’t be added on a Chromebook. Add it once on a Windows PC or a Mac.

flow-security-key-set-pin-title = Give your key a PIN
flow-security-key-set-pin-body = Your key needs a PIN. On Windows, open “Settings” { -then } “Accounts” { -then } “Sign-in options” { -then } “Security key” { -then } “Manage”, insert the key and add a PIN. If it already has one, skip this.
stuck-security-key-set-pin-on-a-mac = I’m on a Mac
stuck-security-key-set-pin-on-a-mac-fix = A Mac has no setting for this. Set the PIN with the key maker’s app or on a Windows PC, or ask { $company } IT.
stuck-security-key-set-pin-forgot-pin = I forgot my key’s PIN
stuck-security-key-set-pin-forgot-pin-fix = A forgotten PIN can only be fixed by resetting the key, which erases everything on it. If { $company } gave you the key, ask IT first; otherwise use “Reset” in the same “Manage” window.

flow-security-key-open-security-info-title = Start on My Security Info
flow-security-key-open-security-info-body = On the computer, open My Security Info (aka.ms/mysecurityinfo) and sign in with your { $company } account. Click “+ Add sign-in method” { -then } “Passkey”, then “Next”.
stuck-security-key-open-security-info-no-passkey-option = I don’t see “Passkey” in the list
stuck-security-key-open-security-info-no-passkey-option-fix = { $company } may not have turned passkeys on for you yet. Contact IT and ask which kind of passkey you should use.
stuck-security-key-open-security-info-only-authenticator = I only see “Passkey in Microsoft Authenticator”
stuck-security-key-open-security-info-only-authenticator-fix = { $company } doesn’t accept security keys for you at the moment. Contact IT, or go back and choose the guide for a computer and a phone.

flow-security-key-choose-key-title = Choose “Security key”
flow-security-key-choose-key-body = When asked where to save the passkey, choose “Security key” { -then } “Next”, then “OK”. On a Mac or in Chrome it may be under “Other Options” or “Save another way”.
stuck-security-key-choose-key-no-key-option = I don’t see “Security key”
stuck-security-key-choose-key-no-key-option-fix = Look under “Other Options”, “More options” or “Save another way”. Don’t save it on the computer or your phone.
stuck-security-key-choose-key-saved-wrong-place = I saved it on the computer or my phone by mistake
stuck-security-key-choose-key-saved-wrong-place-fix = Delete that passkey in My Security Info, then start again from “+ Add sign-in method” and choose “Security key”.

flow-security-key-touch-key-title = Insert the key and touch it
flow-security-key-touch-key-body = Insert your key (or hold it to the reader). If the browser says login.microsoft.com wants extended information about your security key, choose “Allow”. Type the key’s PIN, then touch the key when it blinks.
stuck-security-key-touch-key-asks-new-pin = It asks me to create a PIN
stuck-security-key-touch-key-asks-new-pin-fix = Choose a PIN you’ll remember, at least 4 characters, and type it twice. You’ll need it every time you sign in.
stuck-security-key-touch-key-key-not-allowed = It says this security key isn’t allowed
stuck-security-key-touch-key-key-not-allowed-fix = { $company } only accepts certain models of key. Contact IT and tell them which key you have.
stuck-security-key-touch-key-nothing-happens = Nothing happens when I touch the key
stuck-security-key-touch-key-nothing-happens-fix = Unplug the key, plug it straight into another port (not a hub) and try again.
stuck-security-key-touch-key-pin-wrong = It says the PIN is wrong or blocked
stuck-security-key-touch-key-pin-wrong-fix = After a few wrong tries, unplug the key and plug it in again. After too many, the key must be reset: see “I forgot my key’s PIN” in step 2.

flow-security-key-name-it-title = Name your key
flow-security-key-name-it-body = Type a name you’ll recognise, like “Blue security key”, and click “Next”. Then click “Done”. The key now shows in your list of sign-in methods.
stuck-security-key-name-it-closed-too-early = I closed the page before naming it
stuck-security-key-name-it-closed-too-early-fix = Open My Security Info. If the key is listed, you’re done. If not, start again from “+ Add sign-in method”.

## cross-device

flow-cross-device-title = Computer and phone with Microsoft Authenticator
flow-cross-device-summary = You’ll get a passkey in Microsoft Authenticator on your phone, and use it to sign in on this computer. It takes about 5 minutes.

flow-cross-device-prepare-phone-title = Get your phone ready
flow-cross-device-prepare-phone-body = Your phone needs iOS 17 or later, or Android 14 or later. Install “Microsoft Authenticator”, open it and tap “Add work or school account” to sign in with your { $company } account.
stuck-cross-device-prepare-phone-os-too-old = My phone can’t update that far
stuck-cross-device-prepare-phone-os-too-old-fix = This phone can’t keep a passkey in Authenticator. Contact { $company } IT and ask which other way you can use.
stuck-cross-device-prepare-phone-cant-sign-in = Authenticator asks me to prove it’s me and I can’t
stuck-cross-device-prepare-phone-cant-sign-in-fix = Ask { $company } IT for a Temporary Access Pass. Type it in when Authenticator asks for it.
stuck-cross-device-prepare-phone-work-profile = My Android phone has a work profile (apps with a briefcase)
stuck-cross-device-prepare-phone-work-profile-fix = Use Authenticator in the work profile if that’s where your work apps are. A passkey only works in the profile where it’s saved.

flow-cross-device-enable-provider-title = Let Authenticator save passkeys
flow-cross-device-enable-provider-body = iPhone: “Settings” { -then } “General” { -then } “AutoFill & Passwords”, then turn on “Authenticator”. Android: open “Settings”, search for “passkeys” and turn on “Authenticator”.
stuck-cross-device-enable-provider-authenticator-not-listed = Authenticator isn’t in the list
stuck-cross-device-enable-provider-authenticator-not-listed-fix = Update Authenticator, open it once and look again. On Android 14, if it still won’t turn on, update the phone to Android 15.
stuck-cross-device-enable-provider-menu-missing = I can’t find that menu on my iPhone
stuck-cross-device-enable-provider-menu-missing-fix = On iOS 17 it’s in “Settings” { -then } “Passwords” { -then } “Password Options”. Turn on “AutoFill Passwords and Passkeys” and choose “Authenticator”.

flow-cross-device-open-security-info-title = Start on the computer
flow-cross-device-open-security-info-body = On the computer, open My Security Info (aka.ms/mysecurityinfo) and sign in with your { $company } account. Click “+ Add sign-in method” { -then } “Passkey in Microsoft Authenticator” and follow the page.
stuck-cross-device-open-security-info-no-passkey-option = I don’t see “Passkey in Microsoft Authenticator”
stuck-cross-device-open-security-info-no-passkey-option-fix = { $company } may not have turned it on for you yet. Contact IT and ask which kind of passkey you should use.
stuck-cross-device-open-security-info-sign-in-loop = It keeps asking me to sign in with a passkey I don’t have yet
stuck-cross-device-open-security-info-sign-in-loop-fix = That comes from a setting on { $company }’s side. Contact IT and ask for a Temporary Access Pass, then try again.
stuck-cross-device-open-security-info-download-qr = The page shows a QR code to download the app
stuck-cross-device-open-security-info-download-qr-fix = If Authenticator is already on your phone, just click “Next”. Otherwise scan the code with your phone’s camera to install it.

flow-cross-device-create-on-phone-title = Create the passkey on your phone
flow-cross-device-create-on-phone-body = When the page tells you to, open Authenticator on your phone. If your work account is there, tap it { -then } “Create a passkey”; if not, tap “Add work or school account” (or “+” { -then } “Work or school account”) { -then } “Sign in”. Answer the sign-in checks, tap “Settings” if it asks for a screen lock or to be turned on for passkeys, and come back. When “Passkey” shows under your account, tap “Done”, then “Done” again.
stuck-cross-device-create-on-phone-no-create-option = I don’t see “Create a passkey”
stuck-cross-device-create-on-phone-no-create-option-fix = Update Authenticator and make sure you tapped your work account. If it’s still missing, contact { $company } IT.
stuck-cross-device-create-on-phone-no-screen-lock = It says I need a screen lock
stuck-cross-device-create-on-phone-no-screen-lock-fix = Set a passcode, PIN, pattern or password in your phone’s settings, then go back to Authenticator.
stuck-cross-device-create-on-phone-passkey-already-exists = It says a passkey already exists
stuck-cross-device-create-on-phone-passkey-already-exists-fix = In Authenticator, tap your account { -then } “Settings” { -then } “Delete passkey”, then tap “Create a passkey” again.
stuck-cross-device-create-on-phone-other-app-offered = Samsung Pass or another app offers to save it
stuck-cross-device-create-on-phone-other-app-offered-fix = Don’t save it there. Tap “Save another way” (or “Other options”) and choose “Authenticator”.

flow-cross-device-finish-title = Finish on the computer
flow-cross-device-finish-body = Back on the computer, click “Next”. Wait while the page checks your passkey, then click “Done”.
stuck-cross-device-finish-passkey-not-found = The page says it can’t find my passkey
stuck-cross-device-finish-passkey-not-found-fix = Check in Authenticator that your work account shows “Passkey”, and that it’s the same account you used on the computer. Then click “Next” again.
stuck-cross-device-finish-page-timed-out = The page timed out or signed me out
stuck-cross-device-finish-page-timed-out-fix = Open My Security Info again and sign in. If the passkey isn’t in the list, start again from “+ Add sign-in method”.

flow-cross-device-try-it-title = Sign in on the computer with your phone
flow-cross-device-try-it-body = Turn on Bluetooth on the computer and the phone. When signing in on the computer, choose “Other ways to sign in” (or “Sign-in options”) { -then } “Face, fingerprint, PIN or security key”; on Windows 11 then “iPhone, iPad, or Android device”. Scan the QR code with your phone’s Camera app and tap “Sign in with passkey” (iPhone) or “Use passkey to sign in” (Android).
stuck-cross-device-try-it-qr-wont-scan = My phone won’t scan the QR code
stuck-cross-device-try-it-qr-wont-scan-fix = Use the phone’s own Camera app: on an iPhone, the scanner inside Authenticator can’t read this code. Turn up the computer’s screen brightness and try again.
stuck-cross-device-try-it-bluetooth-off = It tells me to turn on Bluetooth
stuck-cross-device-try-it-bluetooth-off-fix = Turn on Bluetooth on both: on Windows in “Settings” { -then } “Bluetooth & devices”, on a Mac in “System Settings” { -then } “Bluetooth”, and on the phone in its settings. Keep the phone near the computer.
stuck-cross-device-try-it-no-bluetooth = My computer has no Bluetooth, or it’s blocked
stuck-cross-device-try-it-no-bluetooth-fix = Signing in with your phone needs Bluetooth on the computer. Contact { $company } IT and ask which other way you can use on this computer.
stuck-cross-device-try-it-nothing-after-scan = I scanned the code but nothing happens
stuck-cross-device-try-it-nothing-after-scan-fix = Keep both devices online and close together, check Bluetooth on both, and try once more. If it keeps failing on the office network, contact { $company } IT.
