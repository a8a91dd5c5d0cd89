admin-providers = Passkey-Anbieter
admin-providers-intro = Wo die in Entra ID registrierten Passkeys liegen, laut dem letzten Abruf aus Microsoft Graph, geprüft gegen die Passkey-Richtlinie dieses Mandanten.
admin-providers-refused =
    { $count ->
        [one] Eine Registrierung liegt
       *[other] { $count } Registrierungen liegen
    } bei einem Anbieter, den die Richtlinie dieses Mandanten nicht zulässt. Entra ID kann sie bei der Anmeldung ablehnen: Bitten Sie diese Personen, einen zulässigen Passkey zu registrieren.
admin-providers-none = Der letzte Abruf hat keine Passkeys gefunden.
admin-provider = Anbieter
admin-registrations = Registrierungen
admin-providers-allowed = Von der Richtlinie erlaubt
admin-providers-allowed-yes = Ja
admin-providers-allowed-no = Nein – nicht erlaubt
admin-provider-microsoft-authenticator = Microsoft Authenticator
admin-provider-samsung-pass = Samsung Pass
admin-provider-icloud-keychain = iCloud-Schlüsselbund
admin-provider-google-password-manager = Google Passwortmanager
admin-provider-windows-hello = Windows Hello
admin-provider-1password = 1Password
admin-provider-bitwarden = Bitwarden
admin-provider-dashlane = Dashlane
admin-provider-proton-pass = Proton Pass
admin-provider-keeper = Keeper
admin-provider-security-key = Sicherheitsschlüssel
admin-provider-unknown = Andere oder unbekannt
