## Sign in with Microsoft

admin-oidc-sign-in = Aanmelden met Microsoft
admin-oidc-unavailable = Aanmelden met Microsoft is op dit moment niet beschikbaar. Meld u aan met uw e-mailadres en wachtwoord, of probeer het later opnieuw.
admin-oidc-refused = Microsoft heeft u niet aangemeld. Probeer het opnieuw, of meld u aan met uw e-mailadres en wachtwoord.
admin-oidc-expired = Deze aanmelding met Microsoft is verlopen of is hier niet begonnen. Probeer het opnieuw.
admin-oidc-unverified = Het antwoord van Microsoft kon niet worden gecontroleerd, dus u bent niet aangemeld. Probeer het opnieuw.
admin-oidc-no-account = Uw Microsoft-account hoort bij geen enkele beheerder hier. Vraag een eigenaar u toe te voegen met het e-mailadres van uw Microsoft-account.
admin-oidc-role = Uw app-rol in Microsoft Entra staat uw rol hier niet toe. Vraag uw IT-afdeling u de bijbehorende app-rol toe te wijzen.
