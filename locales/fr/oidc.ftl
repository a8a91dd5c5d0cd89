## Sign in with Microsoft

admin-oidc-sign-in = Se connecter avec Microsoft
admin-oidc-unavailable = La connexion avec Microsoft n’est pas disponible pour le moment. Connectez-vous avec votre adresse e-mail et votre mot de passe, ou réessayez plus tard.
admin-oidc-refused = Microsoft ne vous a pas connecté. Réessayez, ou connectez-vous avec votre adresse e-mail et votre mot de passe.
admin-oidc-expired = Cette connexion avec Microsoft a expiré ou n’a pas commencé ici. Réessayez.
admin-oidc-unverified = La réponse de Microsoft n’a pas pu être vérifiée : vous n’êtes donc pas connecté. Réessayez.
admin-oidc-no-account = Votre compte Microsoft ne correspond à aucun administrateur ici. Demandez à un propriétaire de vous ajouter avec l’adresse e-mail de votre compte Microsoft.
admin-oidc-role = Votre rôle d’application dans Microsoft Entra ne permet pas votre rôle ici. Demandez à votre service informatique de vous attribuer le rôle d’application correspondant.
