## Rollout emails. They lead with what the employee gets, not with security jargon.

email-cta = Configura tu clave de acceso
email-help-contact = ¿Tienes preguntas? Contacta con el soporte técnico: { $contact }.
email-signoff = El equipo de TI de { $company }

email-announcement-subject = Inicia sesión en { $company } con tu cara o tu huella digital
email-announcement-intro = Pronto iniciarás sesión en { $company } sin escribir ninguna contraseña: solo con tu cara, tu huella digital o el PIN de tu teléfono.
email-announcement-benefit = Esto se llama clave de acceso. Es más rápida que una contraseña, no se te puede olvidar y nadie puede engañarte para que se la des.
email-announcement-action = Configurarla lleva unos cinco minutos. Abre el enlace en el teléfono o el ordenador que usas para trabajar y la guía te mostrará los pasos exactos para ese dispositivo.

email-reminder-subject = Recordatorio: configura tu clave de acceso de { $company } (5 minutos)
email-reminder-intro = Hace una semana pedimos a todo el mundo en { $company } que configurara una clave de acceso. Si aún no lo has hecho, ahora es un buen momento.
email-reminder-benefit = Con una clave de acceso inicias sesión con tu cara, tu huella digital o tu PIN, sin contraseñas que recordar ni escribir.
email-reminder-action = La guía reconoce tu dispositivo y te acompaña en cada toque. Si te atascas, te dice qué hacer.

email-final-subject = Último recordatorio: tu clave de acceso de { $company }
email-final-intro = Este es el último recordatorio para que configures tu clave de acceso de { $company }.
email-final-benefit = Pronto, la mejor forma de iniciar sesión será con una clave de acceso. Si la configuras ahora, no tendrás interrupciones más adelante.
email-final-action = Lleva unos cinco minutos. Abre el enlace y sigue los pasos para tu dispositivo; el soporte técnico está ahí por si algo sale mal.

email-greeting = Hola, { $name }:
email-deadline = Configura tu clave de acceso antes del { $deadline }.
