## Rollout emails. They lead with what the employee gets, not with security jargon.

email-cta = Passkey einrichten
email-help-contact = Fragen? Wenden Sie sich an den Helpdesk: { $contact }.
email-signoff = Ihr IT-Team von { $company }

email-announcement-subject = Melden Sie sich bei { $company } mit Gesicht oder Fingerabdruck an
email-announcement-intro = Bald melden Sie sich bei { $company } an, ohne ein Passwort einzutippen: einfach mit Ihrem Gesicht, Ihrem Fingerabdruck oder der PIN Ihres Smartphones.
email-announcement-benefit = Das nennt sich Passkey. Er ist schneller als ein Passwort, Sie können ihn nicht vergessen, und niemand kann ihn Ihnen mit einem Trick entlocken.
email-announcement-action = Die Einrichtung dauert etwa fünf Minuten. Öffnen Sie den Link auf dem Smartphone oder Computer, den Sie für die Arbeit nutzen, und die Anleitung zeigt Ihnen genau die Schritte für dieses Gerät.

email-reminder-subject = Erinnerung: Richten Sie Ihren Passkey für { $company } ein (5 Minuten)
email-reminder-intro = Vor einer Woche haben wir alle bei { $company } gebeten, einen Passkey einzurichten. Falls Sie das noch nicht getan haben, ist jetzt ein guter Moment.
email-reminder-benefit = Mit einem Passkey melden Sie sich per Gesicht, Fingerabdruck oder PIN an und müssen sich kein Passwort merken oder eintippen.
email-reminder-action = Die Anleitung erkennt Ihr Gerät und begleitet Sie bei jedem Fingertipp. Wenn Sie nicht weiterkommen, sagt sie Ihnen, was zu tun ist.

email-final-subject = Letzte Erinnerung: Ihr Passkey für { $company }
email-final-intro = Dies ist die letzte Erinnerung, Ihren Passkey für { $company } einzurichten.
email-final-benefit = Bald funktioniert die Anmeldung am besten mit einem Passkey. Wenn Sie ihn jetzt einrichten, werden Sie später nicht unterbrochen.
email-final-action = Es dauert etwa fünf Minuten. Öffnen Sie den Link und folgen Sie den Schritten für Ihr Gerät; falls etwas nicht klappt, hilft Ihnen der Helpdesk.

email-greeting = Hallo { $name },
email-deadline = Bitte richten Sie Ihren Passkey bis zum { $deadline } ein.
