## Rollout emails. They lead with what the employee gets, not with security jargon.

email-cta = Stel je passkey in
email-help-contact = Vragen? Neem contact op met de helpdesk: { $contact }.
email-signoff = Het IT-team van { $company }

email-announcement-subject = Log in bij { $company } met je gezicht of vingerafdruk
email-announcement-intro = Binnenkort log je in bij { $company } zonder een wachtwoord te typen: gewoon met je gezicht, je vingerafdruk of de pincode van je telefoon.
email-announcement-benefit = Dit heet een passkey. Het gaat sneller dan een wachtwoord, je kunt hem niet vergeten en niemand kan je ertoe verleiden hem weg te geven.
email-announcement-action = Instellen duurt ongeveer vijf minuten. Open de link op de telefoon of computer die je voor je werk gebruikt, dan laat de gids je precies zien welke stappen je daarop volgt.

email-reminder-subject = Herinnering: stel je passkey voor { $company } in (5 minuten)
email-reminder-intro = Een week geleden hebben we iedereen bij { $company } gevraagd een passkey in te stellen. Heb je dat nog niet gedaan? Dan is dit een goed moment.
email-reminder-benefit = Met een passkey log je in met je gezicht, vingerafdruk of pincode, zonder wachtwoord dat je moet onthouden of typen.
email-reminder-action = De gids herkent je apparaat en laat je bij elke tik zien wat je moet doen. Kom je er niet uit? Dan vertelt de gids je hoe je verder kunt.

email-final-subject = Laatste herinnering: je passkey voor { $company }
email-final-intro = Dit is de laatste herinnering om je passkey voor { $company } in te stellen.
email-final-benefit = Binnenkort werkt inloggen het best met een passkey. Als je er nu een instelt, kun je straks gewoon doorwerken.
email-final-action = Het duurt ongeveer vijf minuten. Open de link en volg de stappen voor je apparaat. Gaat er iets mis? Dan helpt de helpdesk je verder.

email-greeting = Hallo { $name },
email-deadline = Stel je passkey uiterlijk { $deadline } in.
