admin-providers = Passkey-aanbieders
admin-providers-intro = Waar mensen de in Entra ID geregistreerde passkeys bewaren, volgens de laatste ophaling uit Microsoft Graph, getoetst aan het passkey-beleid van deze tenant.
admin-providers-refused =
    { $count ->
        [one] Eén registratie staat
       *[other] { $count } registraties staan
    } bij een aanbieder die het beleid van deze tenant niet toestaat. Entra ID kan ze bij het aanmelden weigeren: vraag deze mensen een toegestane passkey te registreren.
admin-providers-none = De laatste ophaling vond geen passkeys.
admin-provider = Aanbieder
admin-registrations = Registraties
admin-providers-allowed = Toegestaan door beleid
admin-providers-allowed-yes = Ja
admin-providers-allowed-no = Nee – niet toegestaan
admin-provider-microsoft-authenticator = Microsoft Authenticator
admin-provider-samsung-pass = Samsung Pass
admin-provider-icloud-keychain = iCloud-sleutelhanger
admin-provider-google-password-manager = Google Wachtwoordmanager
admin-provider-windows-hello = Windows Hello
admin-provider-1password = 1Password
admin-provider-bitwarden = Bitwarden
admin-provider-dashlane = Dashlane
admin-provider-proton-pass = Proton Pass
admin-provider-keeper = Keeper
admin-provider-security-key = Beveiligingssleutel
admin-provider-unknown = Anders of onbekend
