## Sign in with Microsoft

admin-oidc-sign-in = Mit Microsoft anmelden
admin-oidc-unavailable = Die Anmeldung mit Microsoft ist gerade nicht verfügbar. Melden Sie sich mit E-Mail-Adresse und Passwort an oder versuchen Sie es später erneut.
admin-oidc-refused = Microsoft hat Sie nicht angemeldet. Versuchen Sie es erneut oder melden Sie sich mit E-Mail-Adresse und Passwort an.
admin-oidc-expired = Diese Anmeldung mit Microsoft ist abgelaufen oder wurde nicht hier begonnen. Versuchen Sie es erneut.
admin-oidc-unverified = Die Antwort von Microsoft konnte nicht geprüft werden, daher sind Sie nicht angemeldet. Versuchen Sie es erneut.
admin-oidc-no-account = Ihr Microsoft-Konto passt zu keinem Administrator hier. Bitten Sie einen Besitzer, Sie mit der E-Mail-Adresse Ihres Microsoft-Kontos hinzuzufügen.
admin-oidc-role = Ihre App-Rolle in Microsoft Entra lässt Ihre Rolle hier nicht zu. Bitten Sie Ihre IT-Abteilung, Ihnen die passende App-Rolle zuzuweisen.
