## Admin frame

admin-product = Passkey Guide
admin-nav = Inquilino
admin-sign-out = Cerrar sesión
admin-settings = Configuración
admin-dashboard = Panel
admin-emails = Correos
admin-tokens = Tokens y enlaces

## Sign-in

admin-sign-in-title = Inicia sesión para gestionar tu guía
admin-email = Correo electrónico
admin-password = Contraseña
admin-sign-in = Iniciar sesión
admin-wrong-credentials = Ese correo electrónico y esa contraseña no coinciden con ningún administrador.
admin-too-many-attempts = Demasiados intentos fallidos. Espera 15 minutos y vuelve a intentarlo.
admin-sign-in-expired = Este formulario de inicio de sesión ha caducado o vino de otro sitio. Vuelve a iniciar sesión aquí.

## Tenants

admin-tenants-title = Tus guías
admin-open-guide = Abrir la guía
admin-create-tenant = Añadir una organización
admin-slug = Dirección (la parte después de la barra)
admin-slug-hint = De 2 a 40 caracteres: letras minúsculas, números y guiones; por ejemplo, «contoso».
admin-name = Nombre de la organización
admin-create = Crear
admin-error-slug = No se puede usar esa dirección: usa de 2 a 40 letras minúsculas, números y guiones, y que no sea una palabra reservada como «admin» o «api».
admin-error-slug-taken = Otra organización ya usa esa dirección.

## Settings

admin-settings-title = Marca y directiva
admin-saved = Guardado. La guía ya muestra tus cambios.
admin-color-adjusted = Tu color { $chosen } es demasiado claro para que el texto y los botones se lean bien, así que la guía usa { $used }, el color más cercano que cumple WCAG AA.
admin-fix-errors = Hay valores que corregir; están marcados abajo. No se ha guardado nada.
admin-read-only = Puedes ver esta configuración, pero no cambiarla.
admin-branding = Marca
admin-primary-color = Color de marca
admin-pick-color = Elige el color de marca
admin-color-hint = En formato #RRGGBB. Si un color es demasiado claro para el texto, se oscurece hasta el más cercano que cumple WCAG AA.
admin-support = Contacto del soporte técnico
admin-support-email = Correo del soporte técnico
admin-support-phone = Teléfono del soporte técnico
admin-support-url = Página web del soporte técnico
admin-languages = Idiomas
admin-default-language = Idioma predeterminado
admin-address = Direcciones
admin-handoff-url = Dónde registran los empleados su clave de acceso
admin-handoff-hint = Una de las páginas «Información de seguridad» de Microsoft, como https://aka.ms/mysecurityinfo. No se acepta ninguna otra dirección.
admin-domain = Tu propio dominio (opcional)
admin-domain-hint = Por ejemplo, passkeys.contoso.com. Haz que apunte a este servidor y la guía responderá ahí en «/».
admin-policy = Directiva de claves de acceso
admin-policy-hint = Hazla coincidir con tu configuración de «Passkey (FIDO2)» en Entra ID, para que la guía nunca sugiera una clave de acceso que Entra vaya a rechazar.
admin-policy-synced = Se permiten claves de acceso sincronizadas (Llavero de iCloud, Gestor de contraseñas de Google), además de las vinculadas al dispositivo
admin-policy-device-bound = Solo claves de acceso vinculadas al dispositivo (Microsoft Authenticator, llaves de seguridad, Windows Hello)
admin-policy-synced-only = Solo claves de acceso sincronizadas (Llavero de iCloud, Gestor de contraseñas de Google)
admin-policy-attestation = Atestación obligatoria
admin-policy-keys = Restricciones de claves
admin-policy-keys-off = Ninguna
admin-policy-keys-allow = Permitir solo los AAGUID siguientes
admin-policy-keys-block = Bloquear los AAGUID siguientes
admin-policy-aaguids = AAGUID
admin-policy-aaguids-hint = Uno por línea, como en tu perfil de claves de acceso de Entra. Los AAGUID de Microsoft Authenticator son 90a3ccdf-635c-4729-a248-9b709135078f (iOS) y de1e552d-db1d-4423-a619-566b625cdc84 (Android).
admin-policy-aaguid-unnamed = no es un AAGUID conocido
admin-policy-windows-hello = Las claves de acceso de Microsoft Entra en Windows Hello están habilitadas
admin-policy-windows-hello-hint = Actívalo solo después de agregar en Entra un perfil de claves de acceso que permita los AAGUID de Windows Hello, sin atestación obligatoria. De lo contrario, el registro en Windows Hello falla, por lo que la guía envía a los usuarios de Windows a su teléfono o a una llave de seguridad.
admin-save = Guardar
admin-logo = Logotipo
admin-current-logo = Logotipo actual
admin-logo-hint = PNG, JPEG o WebP, de 256 KB y 2048 píxeles por lado como máximo. No se acepta SVG.
admin-upload = Subir
admin-remove-logo = Quitar el logotipo
admin-preview = Vista previa
admin-preview-note = Esta es la página de inicio que ven tus empleados. Los cambios de color se ven aquí en cuanto los eliges; los demás, después de guardar.
admin-error-name = Escribe un nombre de 1 a 80 caracteres.
admin-error-color = Escribe el color como #RRGGBB; por ejemplo, #0F6CBD.
admin-error-email = Eso no es una dirección de correo electrónico.
admin-error-phone = Usa solo números, espacios y + - ( ) .
admin-error-support-url = Usa una dirección que empiece por https://.
admin-error-handoff = Solo se permiten las páginas «Información de seguridad» de Microsoft, como https://aka.ms/mysecurityinfo.
admin-error-domain = Escribe un nombre de host como passkeys.contoso.com.
admin-error-domain-taken = Otra organización ya usa ese dominio.
admin-error-domain-shared = Ese host ya sirve la guía de todas las organizaciones (o es un nombre local o una dirección IP). Usa un nombre de host propio, como passkeys.contoso.com.
admin-error-domain-owner-only = Solo un propietario que gestiona todas las organizaciones puede configurar un dominio.
admin-error-languages = Elige al menos un idioma y, entre ellos, uno predeterminado.
admin-error-key-restriction = En las restricciones de claves, elige «Ninguna», una lista de permitidos o una lista de bloqueados.
admin-error-aaguid = Cada línea debe contener un solo AAGUID, como 90a3ccdf-635c-4729-a248-9b709135078f (500 como máximo).
admin-error-allow-list-empty = Con una lista de permitidos sin AAGUID, nadie podría registrar una clave de acceso.
admin-error-passkey-types = Elige claves de acceso vinculadas al dispositivo, sincronizadas o ambas.
admin-error-logo-size = El logotipo ocupa más de 256 KB.
admin-error-logo-svg = No se aceptan logotipos SVG: sube un PNG, JPEG o WebP.
admin-error-logo-type = El archivo no es una imagen PNG, JPEG o WebP, o está dañado.
admin-error-logo-pixels = El logotipo mide más de 2048 píxeles por un lado.

## Emails

admin-emails-title = Correos para tu despliegue
admin-emails-profiles = Perfiles de clave de acceso
admin-emails-profiles-hint = Entra asigna a cada grupo su perfil de clave de acceso. Envía a cada grupo los correos de su perfil: sus enlaces abren la guía para ese perfil.
admin-emails-intro = Envía primero el anuncio, el recordatorio una semana después y el último recordatorio a las dos semanas. Cada uno enlaza a la guía con su propia etiqueta, para que el panel muestre qué correo trajo a cada persona. Cópialos en tu herramienta de correo o descarga un borrador.
admin-email-announcement = Anuncio
admin-email-reminder = Recordatorio
admin-email-final = Último recordatorio
admin-email-day = { $day ->
    [0] Enviar el día 1
   *[other] Enviar el día { $day }
}
admin-email-subject = Asunto
admin-email-text = Texto sin formato
admin-email-html = HTML
admin-email-download = Descargar como borrador (.eml)
admin-copy = Copiar

## Tokens

admin-tokens-title = Tokens y enlaces
admin-tokens-intro = Los tokens de API de solo lectura permiten que los scripts lean el embudo y la cobertura de esta guía. Los enlaces al panel abren este panel en cualquier navegador sin cuenta, solo con cifras y nunca con nombres. Ambos sirven solo para esta organización, hasta que los revoque.
admin-tokens-none = Todavía no hay tokens ni enlaces.
admin-token-once = Copia este token ahora: solo se muestra una vez.
admin-token = Nuevo token
admin-token-label = Nombre
admin-token-create = Crear
admin-token-live = Activo
admin-token-revoked = Revocado
admin-revoke = Revocar
admin-created = Creado
admin-status = Estado
admin-actions = Acciones

## Dashboard

admin-dashboard-title = Panel del despliegue
admin-from = Desde
admin-to = Hasta
admin-device = Dispositivo
admin-flow = Forma de configuración
admin-language = Idioma
admin-campaign = Campaña
admin-all = Todos
admin-apply = Aplicar
admin-funnel = Embudo
admin-funnel-alt = Gráfico de barras con las personas en cada etapa del embudo
admin-stage = Etapa
admin-stage-visit = Abrieron la guía
admin-stage-step = Empezaron los pasos
admin-stage-handoff = Fueron a Microsoft
admin-stage-done = Confirmaron que terminaron
admin-people = Personas
admin-of-visits = De los que abrieron la guía
admin-bots = { $count ->
    [one] Se ha excluido una solicitud de un bot o un analizador de enlaces.
   *[other] Se han excluido { $count } solicitudes de bots y analizadores de enlaces.
}
admin-csv = Descargar como CSV
admin-trend = Por día
admin-trend-alt = Gráfico de líneas con las personas que abren la guía y las que confirman que han terminado, por día
admin-day = Día
admin-devices = Dispositivos
admin-completion = Terminado
admin-steps = Pasos alcanzados
admin-step = Paso
admin-stuck = Dónde se atasca la gente
admin-symptom = Problema
admin-reports = Avisos
admin-campaigns = Campañas
admin-no-campaign = (sin etiqueta)
admin-coverage = Cobertura de claves de acceso (Entra ID)
admin-coverage-text = { $with } de { $total } personas ({ $share }) tienen una clave de acceso, según el informe de registro importado el { $imported }. El informe puede ir con unas horas de retraso.
admin-coverage-alt = Barra de cobertura frente al objetivo de adopción del 50 % y el umbral del 95 %
admin-stragglers = Descargar las personas sin clave de acceso (CSV) para el próximo recordatorio
admin-coverage-trend = Cobertura por importación
admin-imported = Importado
admin-share = Porcentaje
admin-token-kind = Tipo
admin-token-kind-api = Token de API
admin-token-kind-share = Enlace de solo lectura al panel
admin-share-once = Copie este enlace ahora: solo se muestra una vez. Quien lo tenga verá las cifras de este panel (nunca nombres) hasta que lo revoque.
admin-shared-note = Una vista de solo lectura del despliegue de llaves de acceso en { $tenant }, compartida por su equipo de TI. Solo muestra cifras, nunca nombres.
admin-recipients = Destinatarios
admin-recipients-title = Enlaces personales
admin-recipients-intro = Dé a cada persona su propio enlace a la guía y vea quién no lo abrió nunca, quién lo abrió pero aún no tiene llave de acceso, quién se atascó y quién está registrado, y envíe el próximo recordatorio solo a quien lo necesite.
admin-recipients-on = Los enlaces personales están activados: las visitas con un enlace personal se asignan a esa persona.
admin-recipients-off = Los enlaces personales están desactivados: la guía cuenta personas sin saber quiénes son.
admin-recipients-turn-on = Activar los enlaces personales
admin-recipients-turn-off = Desactivar los enlaces personales
admin-recipients-file = Lista de personas (CSV)
admin-recipients-file-hint = Una fila de encabezado y luego una persona por línea: una columna de dirección (correo o userPrincipalName) y, si quiere, un nombre y una oleada. Quien ya esté en la lista conserva su enlace.
admin-recipients-import = Importar la lista
admin-recipients-merge = Combinación de correspondencia
admin-recipients-merge-intro = Cada persona con su propio enlace, para su combinación de correspondencia. Los enlaces funcionan cuando los enlaces personales están activados.
admin-recipients-merge-announcement = Combinación para el anuncio
admin-recipients-merge-reminder = Combinación para el recordatorio
admin-recipients-merge-final = Combinación para el último aviso
admin-recipients-segments = Segmentos
admin-recipients-no-report = Importe el informe de registro de usuarios de Entra para distinguir a quienes ya están registrados; hasta entonces nadie cuenta como registrado.
admin-recipients-count = { $count } personas en la lista
admin-recipients-segment = Segmento
admin-recipients-people = Personas
admin-download-csv = Descargar CSV
admin-segment-never-opened = Nunca lo abrió
admin-segment-opened-not-registered = Lo abrió, aún sin llave de acceso
admin-segment-stuck = Atascado
admin-segment-registered = Registrado
admin-recipients-refused = No se importó nada: { $reason }
admin-recipients-imported = { $count } personas importadas, { $added } de ellas nuevas.
readiness-heading = ¿Está todo listo en Entra?
readiness-intro = Según la configuración de Entra leída por última vez a través de Microsoft Graph y el informe de registro más reciente.
readiness-fetched = Leído de Entra el { $when }.
readiness-status-ok = Listo
readiness-status-fail = Requiere atención
readiness-status-unknown = Aún no se sabe
readiness-not-read = Aún no se ha leído: conecta Microsoft Graph con el permiso Policy.Read.All y ejecuta una consulta (passkey-guide entra fetch --config-only).
readiness-no-report = Todavía no hay informe de registro: importa uno u obtenlo de Microsoft Graph.
readiness-passkeys-enabled = Passkey (FIDO2) está habilitado
readiness-passkeys-enabled-ok = Passkey (FIDO2) está habilitado en la directiva de métodos de autenticación.
readiness-passkeys-enabled-fail = Passkey (FIDO2) está deshabilitado: nadie puede añadir una clave de acceso e «Información de seguridad» no ofrece ninguna. Actívalo en el Centro de administración de Microsoft Entra: Entra ID > Métodos de autenticación > Directivas > Passkey (FIDO2) > Enable and target (Habilitar y establecer destino).
readiness-self-service-registration = Se permite la configuración de autoservicio
readiness-self-service-registration-ok = Los empleados pueden añadir ellos mismos una clave de acceso en «Información de seguridad».
readiness-self-service-registration-fail = «Allow self-service set up» (Permitir la configuración de autoservicio) está en «No»: los empleados no pueden añadir una clave de acceso en «Información de seguridad», aunque Passkey (FIDO2) esté habilitado, y todas las formas de configuración terminan en un error. Cámbialo a «Sí» en Entra ID > Métodos de autenticación > Directivas > Passkey (FIDO2) > Configurar.
readiness-authenticator-allowed = Microsoft Authenticator está permitido
readiness-authenticator-allowed-ok = Todos los perfiles de claves de acceso con claves vinculadas al dispositivo admiten las claves de acceso de Microsoft Authenticator.
readiness-authenticator-allowed-fail = Las restricciones de claves de { $profiles } excluyen Microsoft Authenticator (90a3ccdf-635c-4729-a248-9b709135078f en iOS, de1e552d-db1d-4423-a619-566b625cdc84 en Android): las personas a las que se aplican esos perfiles no pueden guardar una clave de acceso en Authenticator. Añade ambos AAGUID en Entra ID > Métodos de autenticación > Directivas > Passkey (FIDO2) > Configurar, en las restricciones de claves de cada perfil.
readiness-registration-campaign = La campaña de registro pide claves de acceso
readiness-registration-campaign-ok = La campaña de registro está activada y pide a los empleados que configuren una clave de acceso o Microsoft Authenticator al iniciar sesión.
readiness-registration-campaign-fail = La campaña de registro está desactivada o pide otro método, así que nadie recibe un recordatorio al iniciar sesión. Configúrala como «Administrado por Microsoft», o como «Habilitado» con «Passkey» (clave de acceso) o «Microsoft Authenticator», en Entra ID > Métodos de autenticación > Campaña de registro.
readiness-temporary-access-pass = Temporary Access Pass está habilitado
readiness-temporary-access-pass-ok = El soporte técnico puede dar un Temporary Access Pass a quienes no tienen otra forma segura de iniciar sesión.
readiness-temporary-access-pass-fail = Temporary Access Pass está deshabilitado: quienes no tienen Microsoft Authenticator ni otro método seguro no pueden iniciar sesión en «Información de seguridad» para añadir su primera clave de acceso. Habilítalo en Entra ID > Métodos de autenticación > Directivas > Temporary Access Pass.
readiness-coverage-majority = Más de la mitad tiene una clave de acceso
readiness-coverage-majority-ok = { $share } de las personas del ámbito tienen una clave de acceso: por encima del 50 %.
readiness-coverage-majority-fail = Solo { $share } de las personas del ámbito tienen una clave de acceso: por debajo del 50 %. El panel muestra quién necesita todavía un recordatorio.
readiness-summary = Listo en Entra: { $ready } de { $total } comprobaciones
