admin-providers = Proveedores de claves de acceso
admin-providers-intro = Dónde guardan las personas las claves de acceso registradas en Entra ID, según la última consulta a Microsoft Graph, comparado con la directiva de claves de acceso de este inquilino.
admin-providers-refused =
    { $count ->
        [one] Un registro está
       *[other] { $count } registros están
    } en un proveedor que la directiva de este inquilino no permite. Entra ID puede rechazarlos al iniciar sesión: pida a estas personas que registren una clave de acceso permitida.
admin-providers-none = La última consulta no encontró claves de acceso.
admin-provider = Proveedor
admin-registrations = Registros
admin-providers-allowed = Permitido por la directiva
admin-providers-allowed-yes = Sí
admin-providers-allowed-no = No – no permitido
admin-provider-microsoft-authenticator = Microsoft Authenticator
admin-provider-samsung-pass = Samsung Pass
admin-provider-icloud-keychain = Llavero de iCloud
admin-provider-google-password-manager = Gestor de contraseñas de Google
admin-provider-windows-hello = Windows Hello
admin-provider-1password = 1Password
admin-provider-bitwarden = Bitwarden
admin-provider-dashlane = Dashlane
admin-provider-proton-pass = Proton Pass
admin-provider-keeper = Keeper
admin-provider-security-key = Llave de seguridad
admin-provider-unknown = Otro o desconocido
