## Rollout emails. They lead with what the employee gets, not with security jargon.

email-cta = Configurer votre clé d’accès
email-help-contact = Des questions ? Contactez le support : { $contact }.
email-signoff = L’équipe informatique de { $company }

email-announcement-subject = Connectez-vous à { $company } avec votre visage ou votre empreinte digitale
email-announcement-intro = Bientôt, vous vous connecterez à { $company } sans saisir de mot de passe : simplement avec votre visage, votre empreinte digitale ou le code PIN de votre téléphone.
email-announcement-benefit = C’est ce qu’on appelle une clé d’accès. C’est plus rapide qu’un mot de passe, vous ne pouvez pas l’oublier, et personne ne peut vous la soutirer par la ruse.
email-announcement-action = La configuration prend environ cinq minutes. Ouvrez le lien sur le téléphone ou l’ordinateur que vous utilisez pour le travail : le guide vous montrera les étapes exactes pour cet appareil.

email-reminder-subject = Rappel : configurez votre clé d’accès { $company } (5 minutes)
email-reminder-intro = Il y a une semaine, nous avons demandé à tout le monde chez { $company } de configurer une clé d’accès. Si ce n’est pas encore fait, c’est le bon moment.
email-reminder-benefit = Avec une clé d’accès, vous vous connectez avec votre visage, votre empreinte digitale ou votre code PIN, sans mot de passe à retenir ni à saisir.
email-reminder-action = Le guide reconnaît votre appareil et vous accompagne à chaque geste. Si vous bloquez, il vous dit quoi faire.

email-final-subject = Dernier rappel : votre clé d’accès { $company }
email-final-intro = Ceci est le dernier rappel pour configurer votre clé d’accès { $company }.
email-final-benefit = Bientôt, la connexion fonctionnera au mieux avec une clé d’accès. En la configurant dès maintenant, vous éviterez toute interruption plus tard.
email-final-action = Cela prend environ cinq minutes. Ouvrez le lien et suivez les étapes pour votre appareil ; le support est là si quelque chose ne fonctionne pas.

email-greeting = Bonjour { $name },
email-deadline = Merci de configurer votre clé d’accès d’ici le { $deadline }.
