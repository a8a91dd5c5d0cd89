admin-providers = Passkey providers
admin-providers-intro = Where people keep the passkeys registered in Entra ID, from the latest fetch from Microsoft Graph, checked against this tenant's passkey policy.
admin-providers-refused =
    { $count ->
        [one] One registration is
       *[other] { $count } registrations are
    } in a provider this tenant's policy does not allow. Entra ID may refuse them at sign-in: ask these people to register a passkey the policy allows.
admin-providers-none = The latest fetch found no passkeys.
admin-provider = Provider
admin-registrations = Registrations
admin-providers-allowed = Allowed by policy
admin-providers-allowed-yes = Yes
admin-providers-allowed-no = No – not allowed
admin-provider-microsoft-authenticator = Microsoft Authenticator
admin-provider-samsung-pass = Samsung Pass
admin-provider-icloud-keychain = iCloud Keychain
admin-provider-google-password-manager = Google Password Manager
admin-provider-windows-hello = Windows Hello
admin-provider-1password = 1Password
admin-provider-bitwarden = Bitwarden
admin-provider-dashlane = Dashlane
admin-provider-proton-pass = Proton Pass
admin-provider-keeper = Keeper
admin-provider-security-key = Security key
admin-provider-unknown = Other or unknown
