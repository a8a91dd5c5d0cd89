## The frame around every page

# The arrow between the parts of a menu path (“Settings → General”). A right-to-left language
# points it the other way (←).
-then = →

language-name = Español
guide-skip-to-content = Ir a los pasos
guide-logo-alt = { $company }
guide-language = Idioma
guide-help-heading = ¿Necesitas ayuda?
guide-help-portal = Portal de soporte técnico
guide-support-code = Si llamas al soporte técnico, díctales este código:
guide-privacy = Esta guía no usa cookies ni guarda ningún registro de quién eres.

## Devices

device-iphone = iPhone
device-ipad = iPad
device-samsung = Samsung Galaxy
device-android = Teléfono Android
device-windows = PC con Windows
device-mac = Mac
device-chromeos = Chromebook
device-linux = Ordenador con Linux
device-bot = Cliente automatizado
device-unknown = Dispositivo desconocido

## Requirements of a walkthrough

requirement-min-os = { $system } { $version } o posterior
requirement-authenticator = La app Microsoft Authenticator, con la sesión iniciada con tu cuenta profesional
requirement-bluetooth = Bluetooth activado en los dos dispositivos
requirement-screen-lock = Un bloqueo de pantalla (PIN, huella digital o cara)
requirement-screen-lock-mac = Touch ID o la contraseña de inicio de sesión de tu Mac
requirement-screen-lock-windows = Windows Hello: tu cara, tu huella digital o tu PIN
requirement-screen-lock-apple = Un código, con Face ID o Touch ID
requirement-security-key = Tu llave de seguridad
requirement-phone = Tu teléfono, a mano

## Landing page

guide-title = Inicia sesión en { $company } sin contraseña
guide-lead = Una clave de acceso te permite iniciar sesión con tu cara, tu huella digital o un PIN en lugar de una contraseña. Configurarla lleva unos cinco minutos.
guide-detected = Estás usando: { $device }.
guide-detected-with-version = Estás usando: { $device } ({ $system } { $version }).
guide-detected-unknown = No hemos podido saber qué dispositivo usas.
guide-not-your-device = ¿No es tu dispositivo?
guide-recommended = Recomendado para ti
guide-you-need = Necesitas
guide-step-count = { $count ->
    [one] Un paso
   *[other] { $count } pasos
}
guide-start = Empezar
guide-start-after-update = Primero actualiza y luego vuelve a abrir este enlace: la guía empieza aquí.
guide-refused-title = «{ $flow }» no está disponible en tu organización
guide-refused-synced = { $company } solo permite claves de acceso que se quedan en un dispositivo, así que una clave guardada en un gestor de contraseñas sincronizado no funcionaría. Sigue la guía de abajo.
guide-refused-attestation = { $company } solo acepta claves de acceso cuya marca y modelo se pueden verificar, y esta forma de guardarla no puede demostrarlo. Sigue la guía de abajo.
guide-refused-authenticator-only = { $company } solo acepta claves de acceso en Microsoft Authenticator. Sigue la guía de abajo.
guide-refused-windows-hello-off = { $company } todavía no ha activado las claves de acceso en Windows Hello. Sigue la guía de abajo.
guide-refused-device-bound = { $company } solo acepta claves de acceso sincronizadas, y las que se guardan de esta forma no se sincronizan. Sigue la guía de abajo.
guide-refused-key-restrictions = { $company } solo acepta claves de acceso de las apps y llaves de seguridad que ha aprobado, y esta no está entre ellas. Sigue la guía de abajo.
guide-browser-title = Usa Chrome o Edge para esto
guide-browser-linux-firefox = Firefox en Linux no puede usar una clave de acceso de tu teléfono. Abre esta página en Chrome o Microsoft Edge e inicia sesión allí en Información de seguridad.
guide-pick-device = Elige tu dispositivo y te mostraremos los pasos exactos.
guide-no-way-here = La configuración de claves de acceso de { $company } no permite ninguna clave de acceso en este dispositivo. Elige otro dispositivo que uses, como tu teléfono, o contacta con el servicio de asistencia de abajo.
guide-choose-device = Elige tu dispositivo
guide-qr-title = O continúa en tu teléfono
guide-qr-body = Apunta con la cámara de tu teléfono a este código para abrir esta guía en él.
guide-qr-alt = Código QR que abre esta guía en tu teléfono
guide-phone-flow-title = Haz esto en tu teléfono
guide-phone-flow-body = Estos pasos se hacen en tu teléfono. Escanea este código con la cámara del teléfono o escribe el enlace de abajo en su navegador: allí se abre la misma guía.
guide-other-ways = Otras formas de configurar una clave de acceso

## Opened inside another app

inapp-title = Primero abre esta página en tu navegador
inapp-why = Has abierto este enlace dentro de otra app. Ahí no se pueden crear claves de acceso.
inapp-outlook-ios = En Outlook, toca «•••» arriba a la derecha { -then } «Abrir en Safari».
inapp-outlook-android = En Outlook, toca «⋮» arriba a la derecha { -then } «Abrir en el navegador».
inapp-teams-ios = En Teams, toca «•••» arriba { -then } «Abrir en Safari».
inapp-teams-android = En Teams, toca «⋮» arriba { -then } «Abrir en el navegador».
inapp-generic-ios = Toca el botón de compartir o «•••» { -then } «Abrir en Safari». Si no aparece, copia la dirección de abajo y pégala en Safari.
inapp-generic-android = Toca «⋮» { -then } «Abrir en Chrome» (o «Abrir en el navegador»). Si no aparece, copia la dirección de abajo y pégala en Chrome.
inapp-copy-label = Dirección de esta página

## System too old

update-title = Primero actualiza tu dispositivo
update-body = Las claves de acceso del trabajo necesitan { $system } { $required } o posterior, y este dispositivo tiene la versión { $detected }.
update-how-ios = Abre «Ajustes» { -then } «General» { -then } «Actualización de software», instala la actualización y vuelve a abrir este enlace.
update-how-android = Abre «Ajustes» { -then } «Actualización de software» (o «Sistema» { -then } «Actualización del sistema»), instala la actualización y vuelve a abrir este enlace.

## Step pages

step-progress = Paso { $number } de { $total }
step-open-security-info = Abrir Información de seguridad
step-handoff-note = Se abrirá la página «Información de seguridad» de Microsoft en lugar de esta guía. Cuando termines allí, usa el botón Atrás del navegador para volver y toca «Ya he terminado».
step-coming-next = Lo que verás allí
step-back = Atrás
step-next = Siguiente
step-finish = Ya he terminado
step-stuck = No puedo seguir
step-nav = Pasos

illustration-settings-provider = Una pantalla de ajustes con el proveedor de claves de acceso activado
illustration-security-info-add = La página «Información de seguridad» de Microsoft con el botón «Agregar método de inicio de sesión»
illustration-save-passkey = La ventana «Guardar clave de acceso», que pide tu cara, tu huella digital o tu PIN
illustration-security-key-touch = Un dedo tocando una llave de seguridad conectada a un portátil
illustration-done = Una marca de verificación: la clave de acceso está lista
illustration-authenticator-account = Microsoft Authenticator con tu cuenta profesional y el botón «Crear una clave de acceso»
illustration-samsung-save-another-way = Samsung Pass ofreciendo guardar la clave de acceso, con «Guardar de otra forma» debajo de su botón
illustration-ios-autofill-settings = Ajustes del iPhone para contraseñas y claves de acceso, con Authenticator activado
illustration-android-passkey-providers = Ajustes de Android para contraseñas y claves de acceso, con Authenticator activado
illustration-security-info-phone = La página «Información de seguridad» en el navegador del teléfono, con el botón «Agregar método de inicio de sesión»
illustration-windows-save-passkey = La ventana «Guardar la clave de acceso» de Windows con su botón «Aceptar»
illustration-choose-security-key = La ventana «Elige dónde guardar tu clave de acceso» de Windows con la opción «Llave de seguridad» seleccionada
illustration-mac-save-passkey = Un Mac que ofrece guardar la clave de acceso con Touch ID
illustration-cross-device-qr = Un código QR en el ordenador, escaneado con la app Cámara del teléfono

## I'm stuck

stuck-title = ¿Qué está fallando?
stuck-intro = Paso { $number }: { $step }. Elige lo que ves y te diremos qué hacer.
stuck-something-else = ¿Otra cosa? Contacta con el soporte técnico (datos abajo) y dales el código que aparece al final de esta página.
stuck-fix-heading = Qué hacer
stuck-other-problems = Otro problema
stuck-back-to-step = Volver al paso
stuck-contact = ¿Sigue sin funcionar? El soporte técnico puede ayudarte: sus datos de contacto están abajo.
stuck-contact-generic = ¿Sigue sin funcionar? Contacta con el soporte de TI y dales el código que aparece al final de esta página.

## Done

done-confirm-title = ¿Ha funcionado?
done-confirm-body = Si la página de Microsoft ya muestra tu clave de acceso en «Información de seguridad», has terminado.
done-confirm-yes = Sí, mi clave de acceso está configurada
done-confirm-no = No, algo ha fallado
done-title = Todo listo
done-body = La próxima vez que inicies sesión en { $company }, elige «Otras formas de iniciar sesión» (u «Opciones de inicio de sesión») { -then } «Cara, huella digital, PIN o llave de seguridad» y usa tu cara, tu huella digital o tu PIN.
done-test-title = Pruébalo ahora
done-test-body = Abre una ventana privada en tu navegador, ve a aka.ms/mysecurityinfo y escribe tu correo del trabajo. Elige «Otras formas de iniciar sesión» (u «Opciones de inicio de sesión») { -then } «Cara, huella digital, PIN o llave de seguridad» y usa tu nueva clave de acceso. Si consigues entrar, ya está lista para cualquier inicio de sesión en { $company }; si no, vuelve una página atrás y toca «No, algo ha fallado».
done-next = Ya puedes cerrar esta página.

## Device chooser

devices-title = ¿Qué dispositivo usas?
devices-intro = Elige el dispositivo con el que quieres iniciar sesión. Te mostraremos sus pasos.
devices-all-ways = Todas las formas que permite tu organización

## Errors

error-not-found-title = No hemos encontrado esa página
error-not-found-body = Comprueba que has abierto el enlace completo de tu correo. Si sigue sin funcionar, pide el enlace correcto al soporte de TI.
error-forbidden-title = No puedes abrir esta página
error-forbidden-body = Inicia sesión primero o pide acceso a tu administrador.
error-busy-title = Ahora mismo hay mucha gente aquí
error-busy-body = Espera unos segundos y vuelve a intentarlo.
error-bad-request-title = Algo en esa solicitud no era correcto
error-bad-request-body = Vuelve atrás e inténtalo de nuevo. Si sigue pasando, contacta con el soporte de TI.
error-internal-title = Algo ha fallado por nuestra parte
error-internal-body = Vuelve a intentarlo en un minuto. Si sigue pasando, contacta con el soporte de TI y dales el número de solicitud que aparece abajo.
error-request-id = Número de solicitud:

## Shown by the page script

guide-ipad-notice = ¿Usas un iPad? Tu iPad se presenta ante los sitios web como un Mac.
guide-ipad-link = Ver los pasos para iPad
step-no-passkey-warning = Este navegador no puede crear una clave de acceso en este dispositivo. Comprueba que tienes configurado un bloqueo de pantalla o usa otra forma desde la página de inicio.

## Helpdesk runbook

runbook-title = Guía para el soporte técnico: { $flow }
runbook-code-help = Quien llama lee un código como DEMO-IPH-IA-3 al final de su página: organización, dispositivo (IPH iPhone, IPD iPad, SAM Samsung, AND Android, WIN Windows, MAC Mac, CRO Chromebook, LNX Linux), forma de configuración (IA iPhone + Authenticator, IC Llavero de iCloud, SA Samsung, AN Gestor de contraseñas de Google, AA Android + Authenticator, WH Windows Hello, MC Mac, SK llave de seguridad, XD ordenador + teléfono, CH aún sin elegir) y número de paso.
runbook-open-guide = Abrir la guía que ve la persona que llama
runbook-ask-heading = Pregunta primero
runbook-ask-device = ¿Qué dispositivo y qué versión del sistema usas? (En un iPhone: Ajustes { -then } General { -then } Información.)
runbook-ask-code = ¿Qué código aparece al final de tu página?
runbook-ask-screen = ¿Qué dice exactamente la pantalla? Léemelo palabra por palabra.
runbook-ask-browser = ¿Has abierto el enlace desde la app de correo, desde Teams o en un navegador como Safari, Chrome o Edge?
runbook-steps-heading = Pasos y problemas conocidos
runbook-step = Paso { $number }: { $title }
runbook-source = Documentación del fabricante para este paso (revisada el { $date })
handout-title = { $flow }: todos los pasos
handout-qr = Escanea para abrir esta guía en tu teléfono:
handout-print-hint = Imprime esta página (Ctrl+P o ⌘P) para repartirla.
guide-print-all = Imprimir todos los pasos
runbook-others = Otras formas
guide-privacy-personal = Este enlace es personal: le indica a { $company } que abriste esta guía y hasta dónde llegaste, y una cookie lo guarda mientras sigues los pasos. No se registra nada más sobre ti.
