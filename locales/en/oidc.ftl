## Sign in with Microsoft

admin-oidc-sign-in = Sign in with Microsoft
admin-oidc-unavailable = Sign in with Microsoft is unavailable right now. Sign in with your email and password, or try again later.
admin-oidc-refused = Microsoft did not sign you in. Try again, or sign in with your email and password.
admin-oidc-expired = This sign-in with Microsoft has expired or did not start here. Try again.
admin-oidc-unverified = Microsoft's answer could not be verified, so you are not signed in. Try again.
admin-oidc-no-account = Your Microsoft account doesn't match an administrator here. Ask an owner to add you with your Microsoft account's email address.
admin-oidc-role = Your app role in Microsoft Entra doesn't allow your role here. Ask your IT department to assign you the matching app role.
