admin-providers = Fournisseurs de clés d’accès
admin-providers-intro = Où sont conservées les clés d’accès enregistrées dans Entra ID, d’après la dernière récupération depuis Microsoft Graph, comparées à la stratégie de clés d’accès de ce locataire.
admin-providers-refused =
    { $count ->
        [one] Un enregistrement se trouve
       *[other] { $count } enregistrements se trouvent
    } chez un fournisseur que la stratégie de ce locataire n’autorise pas. Entra ID peut les refuser à la connexion : demandez à ces personnes d’enregistrer une clé d’accès autorisée.
admin-providers-none = La dernière récupération n’a trouvé aucune clé d’accès.
admin-provider = Fournisseur
admin-registrations = Enregistrements
admin-providers-allowed = Autorisé par la stratégie
admin-providers-allowed-yes = Oui
admin-providers-allowed-no = Non – non autorisé
admin-provider-microsoft-authenticator = Microsoft Authenticator
admin-provider-samsung-pass = Samsung Pass
admin-provider-icloud-keychain = Trousseau iCloud
admin-provider-google-password-manager = Gestionnaire de mots de passe de Google
admin-provider-windows-hello = Windows Hello
admin-provider-1password = 1Password
admin-provider-bitwarden = Bitwarden
admin-provider-dashlane = Dashlane
admin-provider-proton-pass = Proton Pass
admin-provider-keeper = Keeper
admin-provider-security-key = Clé de sécurité
admin-provider-unknown = Autre ou inconnu
