admin-providers = Provedores de chaves de acesso
admin-providers-intro = Onde as pessoas guardam as chaves de acesso registradas no Entra ID, segundo a última consulta ao Microsoft Graph, comparado com a política de chaves de acesso deste locatário.
admin-providers-refused =
    { $count ->
        [one] Um registro está
       *[other] { $count } registros estão
    } em um provedor que a política deste locatário não permite. O Entra ID pode recusá-los no login: peça a essas pessoas que registrem uma chave de acesso permitida.
admin-providers-none = A última consulta não encontrou chaves de acesso.
admin-provider = Provedor
admin-registrations = Registros
admin-providers-allowed = Permitido pela política
admin-providers-allowed-yes = Sim
admin-providers-allowed-no = Não – não permitido
admin-provider-microsoft-authenticator = Microsoft Authenticator
admin-provider-samsung-pass = Samsung Pass
admin-provider-icloud-keychain = Chaves do iCloud
admin-provider-google-password-manager = Gerenciador de Senhas do Google
admin-provider-windows-hello = Windows Hello
admin-provider-1password = 1Password
admin-provider-bitwarden = Bitwarden
admin-provider-dashlane = Dashlane
admin-provider-proton-pass = Proton Pass
admin-provider-keeper = Keeper
admin-provider-security-key = Chave de segurança
admin-provider-unknown = Outro ou desconhecido
