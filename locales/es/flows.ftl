# Walkthrough texts. Every id here is named by the data in src/guide/catalog.rs:
#   flow-{flow}-title, flow-{flow}-summary
#   flow-{flow}-{step}-title, flow-{flow}-{step}-body
#   stuck-{flow}-{step}-{problem} (the symptom) and stuck-{flow}-{step}-{problem}-fix
# The only variable is { $company }, the organisation's name.

## iphone-authenticator

flow-iphone-authenticator-title = iPhone con Microsoft Authenticator
flow-iphone-authenticator-title-ipad = iPad con Microsoft Authenticator
flow-iphone-authenticator-summary = Tendrás una clave de acceso en la app Microsoft Authenticator de tu iPhone para iniciar sesión con Face ID. Lleva unos 5 minutos.
flow-iphone-authenticator-summary-ipad = Tendrás una clave de acceso en la app Microsoft Authenticator de tu iPad para iniciar sesión con Face ID o Touch ID. Lleva unos 5 minutos.

flow-iphone-authenticator-update-title = Actualiza tu iPhone
flow-iphone-authenticator-update-title-ipad = Actualiza tu iPad
flow-iphone-authenticator-update-body = Tu iPhone necesita iOS 17 o posterior. Abre «Ajustes» { -then } «General» { -then } «Actualización de software» e instala cualquier actualización que aparezca.
flow-iphone-authenticator-update-body-ipad = Tu iPad necesita iPadOS 17 o posterior. Abre «Ajustes» { -then } «General» { -then } «Actualización de software» e instala cualquier actualización que aparezca.
stuck-iphone-authenticator-update-os-too-old = Mi iPhone no puede actualizarse a iOS 17
stuck-iphone-authenticator-update-os-too-old-ipad = Mi iPad no puede actualizarse a iPadOS 17
stuck-iphone-authenticator-update-os-too-old-fix = Los iPhone más antiguos no pueden guardar una clave de acceso en Authenticator. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-iphone-authenticator-update-os-too-old-fix-ipad = Los iPad más antiguos no pueden guardar una clave de acceso en Authenticator. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-iphone-authenticator-update-which-version = No sé qué versión de iOS tengo
stuck-iphone-authenticator-update-which-version-ipad = No sé qué versión de iPadOS tengo
stuck-iphone-authenticator-update-which-version-fix = Abre «Ajustes» { -then } «General» { -then } «Información» y mira «Versión de iOS».
stuck-iphone-authenticator-update-which-version-fix-ipad = Abre «Ajustes» { -then } «General» { -then } «Información» y mira «Versión de iPadOS».

flow-iphone-authenticator-install-authenticator-title = Añade tu cuenta profesional a Authenticator
flow-iphone-authenticator-install-authenticator-body = Instala «Microsoft Authenticator» desde el App Store, ábrela y pasa sus primeras pantallas. Toca «Agregar cuenta profesional o educativa» (o «Agregar cuenta», o «+» { -then } «Cuenta profesional o educativa»), luego «Iniciar sesión», e inicia sesión con tu cuenta profesional de { $company }. Si tu cuenta profesional ya está ahí, tócala y luego toca «Crear una clave de acceso».
stuck-iphone-authenticator-install-authenticator-account-already-added = Authenticator ya muestra mi cuenta profesional
stuck-iphone-authenticator-install-authenticator-account-already-added-fix = Toca tu cuenta profesional y luego «Crear una clave de acceso». Después sigue con el siguiente paso.
stuck-iphone-authenticator-install-authenticator-cant-sign-in = Authenticator me pide que demuestre quién soy y no puedo
stuck-iphone-authenticator-install-authenticator-cant-sign-in-fix = Pide un Pase de acceso temporal al equipo de TI de { $company }. Escríbelo cuando Authenticator te lo pida.
stuck-iphone-authenticator-install-authenticator-personal-account = He añadido mi cuenta Microsoft personal por error
stuck-iphone-authenticator-install-authenticator-personal-account-fix = Toca «+» { -then } «Cuenta profesional o educativa» e inicia sesión con tu correo del trabajo. Tu cuenta personal puede quedarse.

flow-iphone-authenticator-enable-provider-title = Permite que Authenticator guarde claves de acceso
flow-iphone-authenticator-enable-provider-body = En «Ajustes», abre «General» { -then } «Autorrelleno y contraseñas» (AutoFill & Passwords). Activa «Autorrellenar contraseñas y llaves de acceso». En «Autorrellenar desde» (AutoFill From), activa «Authenticator». Después vuelve a Authenticator.
flow-iphone-authenticator-enable-provider-body-ios17 = En «Ajustes», abre «Contraseñas» { -then } «Opciones de contraseña». Activa «Autorrellenar contraseñas y llaves de acceso». En «Usar contraseñas y llaves de acceso de» (Use Passwords and Passkeys From), activa «Authenticator». Después vuelve a Authenticator.
stuck-iphone-authenticator-enable-provider-menu-missing = No encuentro «Autorrelleno y contraseñas»
stuck-iphone-authenticator-enable-provider-menu-missing-fix = En iOS 17 está en otro sitio: «Ajustes» { -then } «Contraseñas» { -then } «Opciones de contraseña». Activa «Autorrellenar contraseñas y llaves de acceso» y elige «Authenticator» en «Usar contraseñas y llaves de acceso de» (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-menu-missing-fix-ipad = En iPadOS 17 está en otro sitio: «Ajustes» { -then } «Contraseñas» { -then } «Opciones de contraseña». Activa «Autorrellenar contraseñas y llaves de acceso» y elige «Authenticator» en «Usar contraseñas y llaves de acceso de» (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-authenticator-not-listed = Authenticator no aparece en la lista
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix = Actualiza Microsoft Authenticator en el App Store, ábrela una vez y vuelve a mirar. Si sigue sin aparecer, reinicia tu iPhone.
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix-ipad = Actualiza Microsoft Authenticator en el App Store, ábrela una vez y vuelve a mirar. Si sigue sin aparecer, reinicia tu iPad.
stuck-iphone-authenticator-enable-provider-setting-locked = El ajuste aparece atenuado
stuck-iphone-authenticator-enable-provider-setting-locked-fix = Es posible que { $company } gestione tu iPhone. Contacta con el equipo de TI y diles que el ajuste de autorrelleno está bloqueado.
stuck-iphone-authenticator-enable-provider-setting-locked-fix-ipad = Es posible que { $company } gestione tu iPad. Contacta con el equipo de TI y diles que el ajuste de autorrelleno está bloqueado.

flow-iphone-authenticator-open-security-info-title = Compruébala en Información de seguridad
flow-iphone-authenticator-open-security-info-body = Abre Información de seguridad en Safari e inicia sesión con tu cuenta de { $company }. Tu nueva clave de acceso aparece en la lista de métodos de inicio de sesión. Después vuelve a esta guía y toca «Ya he terminado».
stuck-iphone-authenticator-open-security-info-in-app-browser = La página se ha abierto dentro de Outlook o Teams
stuck-iphone-authenticator-open-security-info-in-app-browser-fix = Ábrela en Safari: usa la opción de la app para abrir el enlace en el navegador o escribe tú mismo aka.ms/mysecurityinfo en Safari.
stuck-iphone-authenticator-open-security-info-no-passkey-option = Mi clave de acceso no aparece en la lista
stuck-iphone-authenticator-open-security-info-no-passkey-option-fix = Vuelve a cargar la página. Si sigue sin aparecer, comprueba en Authenticator que tu cuenta profesional muestra «Clave de acceso»; si no es así, vuelve al paso «Deja que Authenticator cree la clave de acceso».
stuck-iphone-authenticator-open-security-info-sign-in-loop = Me pide una y otra vez que inicie sesión con una clave de acceso que aún no tengo
stuck-iphone-authenticator-open-security-info-sign-in-loop-fix = Se debe a un ajuste de { $company }. Contacta con el equipo de TI, pide un Pase de acceso temporal y vuelve a intentarlo.

flow-iphone-authenticator-create-in-app-title = Deja que Authenticator cree la clave de acceso
flow-iphone-authenticator-create-in-app-body = Authenticator crea ahora tu clave de acceso. Responde a las comprobaciones de inicio de sesión que te muestre. Si te pide un código, toca «Configuración», crea uno y vuelve. Cuando te pida que la actives para las claves de acceso, toca «Configuración»: el siguiente paso te indica qué activar allí.
stuck-iphone-authenticator-create-in-app-no-create-option = No veo «Crear una clave de acceso»
stuck-iphone-authenticator-create-in-app-no-create-option-fix = Actualiza Authenticator en el App Store y asegúrate de haber tocado tu cuenta profesional. Si sigue sin aparecer, contacta con el equipo de TI de { $company }.
stuck-iphone-authenticator-create-in-app-no-passcode = Dice que necesito un código
stuck-iphone-authenticator-create-in-app-no-passcode-fix = Abre «Ajustes» { -then } «Face ID y código» (o «Touch ID y código») { -then } «Activar código». Después vuelve a Authenticator.
stuck-iphone-authenticator-create-in-app-passkey-already-exists = Dice que ya existe una clave de acceso
stuck-iphone-authenticator-create-in-app-passkey-already-exists-fix = En Authenticator, toca tu cuenta { -then } «Configuración» { -then } «Eliminar clave de acceso» y vuelve a tocar «Crear una clave de acceso». Si «Mi información de seguridad» muestra una clave de acceso antigua que no usas, elimínala allí también.
stuck-iphone-authenticator-create-in-app-registration-failed = Dice que no se ha podido añadir la clave de acceso
stuck-iphone-authenticator-create-in-app-registration-failed-fix = Espera un minuto y vuelve a intentarlo; a veces la comprobación que hay detrás está saturada. Si vuelve a fallar, contacta con el equipo de TI de { $company } y diles el mensaje exacto.

flow-iphone-authenticator-finish-title = Termina en Authenticator
flow-iphone-authenticator-finish-body = De vuelta en Authenticator, toca «Listo». Tu cuenta profesional ya muestra «Clave de acceso» como método de inicio de sesión. Vuelve a tocar «Listo».
stuck-iphone-authenticator-finish-passkey-not-found = Mi cuenta no muestra «Clave de acceso»
stuck-iphone-authenticator-finish-passkey-not-found-fix = Revisa el paso anterior: Authenticator debe estar activada para las claves de acceso. Después vuelve a tocar tu cuenta profesional { -then } «Crear una clave de acceso».
stuck-iphone-authenticator-finish-page-timed-out = Authenticator ha caducado o me ha cerrado la sesión
stuck-iphone-authenticator-finish-page-timed-out-fix = Vuelve a abrir Authenticator, toca tu cuenta profesional y luego «Crear una clave de acceso».

## iphone-icloud

flow-iphone-icloud-title = iPhone con el Llavero de iCloud
flow-iphone-icloud-title-ipad = iPad con el Llavero de iCloud
flow-iphone-icloud-summary = Tendrás una clave de acceso guardada en las contraseñas de tu iPhone (Llavero de iCloud), que también funciona en tus otros dispositivos Apple. Lleva unos 3 minutos.
flow-iphone-icloud-summary-ipad = Tendrás una clave de acceso guardada en las contraseñas de tu iPad (Llavero de iCloud), que también funciona en tus otros dispositivos Apple. Lleva unos 3 minutos.

flow-iphone-icloud-update-title = Actualiza tu iPhone
flow-iphone-icloud-update-title-ipad = Actualiza tu iPad
flow-iphone-icloud-update-body = Tu iPhone necesita iOS 16 o posterior. Abre «Ajustes» { -then } «General» { -then } «Actualización de software» e instala cualquier actualización que aparezca.
flow-iphone-icloud-update-body-ipad = Tu iPad necesita iPadOS 16 o posterior. Abre «Ajustes» { -then } «General» { -then } «Actualización de software» e instala cualquier actualización que aparezca.
stuck-iphone-icloud-update-os-too-old = Mi iPhone no puede actualizarse a iOS 16
stuck-iphone-icloud-update-os-too-old-ipad = Mi iPad no puede actualizarse a iPadOS 16
stuck-iphone-icloud-update-os-too-old-fix = Este iPhone no puede guardar claves de acceso. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-iphone-icloud-update-os-too-old-fix-ipad = Este iPad no puede guardar claves de acceso. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-iphone-icloud-update-which-version = No sé qué versión de iOS tengo
stuck-iphone-icloud-update-which-version-ipad = No sé qué versión de iPadOS tengo
stuck-iphone-icloud-update-which-version-fix = Abre «Ajustes» { -then } «General» { -then } «Información» y mira «Versión de iOS».
stuck-iphone-icloud-update-which-version-fix-ipad = Abre «Ajustes» { -then } «General» { -then } «Información» y mira «Versión de iPadOS».

flow-iphone-icloud-icloud-keychain-title = Activa el Llavero de iCloud
flow-iphone-icloud-icloud-keychain-body = Abre «Ajustes» { -then } tu nombre { -then } «iCloud» { -then } «Contraseñas» y activa «Sincronizar este iPhone». En iOS 17 o anterior, toca «Contraseñas y llavero» en lugar de «Contraseñas».
flow-iphone-icloud-icloud-keychain-body-ipad = Abre «Ajustes» { -then } tu nombre { -then } «iCloud» { -then } «Contraseñas» y activa «Sincronizar este iPad». En iPadOS 17 o anterior, toca «Contraseñas y llavero» en lugar de «Contraseñas».
flow-iphone-icloud-icloud-keychain-body-ios17 = Abre «Ajustes» { -then } tu nombre { -then } «iCloud» { -then } «Contraseñas y llavero» y activa «Sincronizar este iPhone».
flow-iphone-icloud-icloud-keychain-body-ios17-ipad = Abre «Ajustes» { -then } tu nombre { -then } «iCloud» { -then } «Contraseñas y llavero» y activa «Sincronizar este iPad».
stuck-iphone-icloud-icloud-keychain-no-apple-account = No he iniciado sesión con una Cuenta de Apple
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix = Toca «Iniciar sesión en el iPhone» (Sign in to your iPhone) en la parte superior de «Ajustes» e inicia sesión. Si prefieres no usar iCloud, vuelve atrás y elige otra forma.
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix-ipad = Toca «Iniciar sesión en el iPad» (Sign in to your iPad) en la parte superior de «Ajustes» e inicia sesión. Si prefieres no usar iCloud, vuelve atrás y elige otra forma.
stuck-iphone-icloud-icloud-keychain-two-factor-needed = Dice que necesito la autenticación de doble factor
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix = Abre «Ajustes» { -then } tu nombre { -then } «Inicio de sesión y seguridad» y activa «Autenticación de doble factor». Después vuelve y activa «Sincronizar este iPhone».
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix-ipad = Abre «Ajustes» { -then } tu nombre { -then } «Inicio de sesión y seguridad» y activa «Autenticación de doble factor». Después vuelve y activa «Sincronizar este iPad».
stuck-iphone-icloud-icloud-keychain-no-passcode = Mi iPhone no tiene código
stuck-iphone-icloud-icloud-keychain-no-passcode-ipad = Mi iPad no tiene código
stuck-iphone-icloud-icloud-keychain-no-passcode-fix = Abre «Ajustes» { -then } «Face ID y código» (o «Touch ID y código») { -then } «Activar código».

flow-iphone-icloud-open-security-info-title = Empieza en «Mi información de seguridad»
flow-iphone-icloud-open-security-info-body = Abre «Mi información de seguridad» (aka.ms/mysecurityinfo) en Safari e inicia sesión con tu cuenta de { $company }. Toca «+ Agregar método de inicio de sesión» { -then } «Clave de acceso» y luego «Siguiente».
stuck-iphone-icloud-open-security-info-in-app-browser = La página se ha abierto dentro de Outlook o Teams
stuck-iphone-icloud-open-security-info-in-app-browser-fix = A menudo no se pueden guardar claves de acceso desde dentro de otra app. Usa la opción de la app para abrir el enlace en el navegador o escribe tú mismo aka.ms/mysecurityinfo en Safari.
stuck-iphone-icloud-open-security-info-no-passkey-option = No veo «Clave de acceso» en la lista
stuck-iphone-icloud-open-security-info-no-passkey-option-fix = Puede que { $company } aún no haya activado las claves de acceso para ti. Contacta con el equipo de TI y pregunta qué tipo de clave de acceso debes usar.
stuck-iphone-icloud-open-security-info-only-authenticator = Solo veo «Clave de acceso en Microsoft Authenticator»
stuck-iphone-icloud-open-security-info-only-authenticator-fix = { $company } quiere que tu clave de acceso esté en Microsoft Authenticator. Vuelve atrás y elige la guía «iPhone con Microsoft Authenticator».
stuck-iphone-icloud-open-security-info-only-authenticator-fix-ipad = { $company } quiere que tu clave de acceso esté en Microsoft Authenticator. Vuelve atrás y elige la guía «iPad con Microsoft Authenticator».

flow-iphone-icloud-save-passkey-title = Guarda la clave de acceso en tu iPhone
flow-iphone-icloud-save-passkey-title-ipad = Guarda la clave de acceso en tu iPad
flow-iphone-icloud-save-passkey-body = Vuelve a tocar «Siguiente». Cuando tu iPhone te ofrezca guardar una clave de acceso, toca «Continuar» y confirma con Face ID, Touch ID o tu código. Si te pregunta dónde guardarla, elige «Contraseñas» (o «Llavero de iCloud»).
flow-iphone-icloud-save-passkey-body-ipad = Vuelve a tocar «Siguiente». Cuando tu iPad te ofrezca guardar una clave de acceso, toca «Continuar» y confirma con Face ID, Touch ID o tu código. Si te pregunta dónde guardarla, elige «Contraseñas» (o «Llavero de iCloud»).
stuck-iphone-icloud-save-passkey-not-allowed = Dice que mi organización no permite esta clave de acceso
stuck-iphone-icloud-save-passkey-not-allowed-fix = { $company } solo permite claves de acceso que se quedan en un único dispositivo. Vuelve atrás y elige la guía «iPhone con Microsoft Authenticator».
stuck-iphone-icloud-save-passkey-not-allowed-fix-ipad = { $company } solo permite claves de acceso que se quedan en un único dispositivo. Vuelve atrás y elige la guía «iPad con Microsoft Authenticator».
stuck-iphone-icloud-save-passkey-saved-elsewhere = Ha guardado la clave de acceso en otra app
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix = Mira en «Mi información de seguridad»: si aparece la clave de acceso, has terminado. Si no, vuelve a intentarlo y elige «Contraseñas» cuando tu iPhone te pregunte dónde guardarla.
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix-ipad = Mira en «Mi información de seguridad»: si aparece la clave de acceso, has terminado. Si no, vuelve a intentarlo y elige «Contraseñas» cuando tu iPad te pregunte dónde guardarla.
stuck-iphone-icloud-save-passkey-nothing-happens = No pasa nada al tocar «Siguiente»
stuck-iphone-icloud-save-passkey-nothing-happens-fix = Asegúrate de que la página está abierta en Safari y de que el Llavero de iCloud está activado. Después empieza de nuevo desde «+ Agregar método de inicio de sesión».

flow-iphone-icloud-name-it-title = Ponle nombre a tu clave de acceso
flow-iphone-icloud-name-it-body = Escribe un nombre que reconozcas, como «Mi iPhone», y toca «Siguiente». Después toca «Listo». La clave de acceso ya aparece en tu lista de métodos de inicio de sesión.
flow-iphone-icloud-name-it-body-ipad = Escribe un nombre que reconozcas, como «Mi iPad», y toca «Siguiente». Después toca «Listo». La clave de acceso ya aparece en tu lista de métodos de inicio de sesión.
stuck-iphone-icloud-name-it-closed-too-early = He cerrado la página antes de ponerle nombre
stuck-iphone-icloud-name-it-closed-too-early-fix = Abre «Mi información de seguridad». Si aparece la clave de acceso, has terminado. Si no, empieza de nuevo desde «+ Agregar método de inicio de sesión».

## samsung

flow-samsung-title = Samsung Galaxy con Microsoft Authenticator
flow-samsung-summary = Tendrás una clave de acceso en la app Microsoft Authenticator de tu Galaxy para iniciar sesión con tu huella digital, tu cara o un PIN. Lleva unos 5 minutos.

flow-samsung-update-title = Actualiza tu Galaxy
flow-samsung-update-body = Tu teléfono necesita Android 14 o posterior. Abre «Ajustes» { -then } «Actualización de software» { -then } «Descargar e instalar» e instala cualquier actualización que aparezca.
stuck-samsung-update-os-too-old = Mi teléfono no puede actualizarse a Android 14
stuck-samsung-update-os-too-old-fix = Este teléfono no puede guardar una clave de acceso en Authenticator. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-samsung-update-which-version = No sé qué versión de Android tengo
stuck-samsung-update-which-version-fix = Abre «Ajustes» { -then } «Información del teléfono» { -then } «Información de software» y mira «Versión de Android».

flow-samsung-install-authenticator-title = Añade tu cuenta profesional a Authenticator
flow-samsung-install-authenticator-body = Instala «Microsoft Authenticator» desde Play Store, ábrela y pasa sus primeras pantallas. Toca «Agregar cuenta profesional o educativa» (o «Agregar cuenta», o «+» { -then } «Cuenta profesional o educativa»), luego «Iniciar sesión», e inicia sesión con tu cuenta profesional de { $company }. Si tu cuenta profesional ya está ahí, tócala y luego toca «Crear una clave de acceso».
stuck-samsung-install-authenticator-work-profile = Mi teléfono tiene un perfil de trabajo (apps con un maletín)
stuck-samsung-install-authenticator-work-profile-fix = Una clave de acceso solo funciona en el perfil donde se guarda. Usa Authenticator en el perfil donde están tus apps del trabajo. Si usas apps del trabajo en los dos perfiles, crea una clave de acceso en cada uno.
stuck-samsung-install-authenticator-account-already-added = Authenticator ya muestra mi cuenta profesional
stuck-samsung-install-authenticator-account-already-added-fix = Toca tu cuenta profesional y luego «Crear una clave de acceso». Después sigue con el siguiente paso.
stuck-samsung-install-authenticator-cant-sign-in = Authenticator me pide que demuestre quién soy y no puedo
stuck-samsung-install-authenticator-cant-sign-in-fix = Pide un Pase de acceso temporal al equipo de TI de { $company }. Escríbelo cuando Authenticator te lo pida.

flow-samsung-enable-provider-title = Haz de Authenticator tu app de claves de acceso
flow-samsung-enable-provider-body = En «Ajustes», abre «Administración general» { -then } «Contraseñas, llaves de acceso y autocompletar» (Passwords, passkeys and autofill) y activa «Authenticator». Samsung Pass puede seguir activado. Después vuelve a Authenticator.
stuck-samsung-enable-provider-menu-missing = No encuentro «Contraseñas, llaves de acceso y autocompletar»
stuck-samsung-enable-provider-menu-missing-fix = Abre «Ajustes», toca el icono de búsqueda y escribe «llaves de acceso». El nombre del menú cambia un poco según la versión del teléfono.
stuck-samsung-enable-provider-authenticator-not-listed = Authenticator no aparece en la lista o no se activa
stuck-samsung-enable-provider-authenticator-not-listed-fix = Actualiza Authenticator en Play Store, ábrela una vez y vuelve a mirar. En Android 14, si sigue sin activarse, actualiza tu teléfono a Android 15.

flow-samsung-open-security-info-title = Compruébala en Información de seguridad
flow-samsung-open-security-info-body = Abre Información de seguridad en Chrome o Samsung Internet e inicia sesión con tu cuenta de { $company }. Tu nueva clave de acceso aparece en la lista de métodos de inicio de sesión. Después vuelve a esta guía y toca «Ya he terminado».
stuck-samsung-open-security-info-in-app-browser = La página se ha abierto dentro de Outlook o Teams
stuck-samsung-open-security-info-in-app-browser-fix = Ábrela en Chrome o Samsung Internet: usa la opción de la app para abrir el enlace en el navegador o escribe tú mismo aka.ms/mysecurityinfo.
stuck-samsung-open-security-info-no-passkey-option = Mi clave de acceso no aparece en la lista
stuck-samsung-open-security-info-no-passkey-option-fix = Vuelve a cargar la página. Si sigue sin aparecer, comprueba en Authenticator que tu cuenta profesional muestra «Clave de acceso»; si no es así, vuelve al paso «Deja que Authenticator cree la clave de acceso».
stuck-samsung-open-security-info-sign-in-loop = Me pide una y otra vez que inicie sesión con una clave de acceso que aún no tengo
stuck-samsung-open-security-info-sign-in-loop-fix = Se debe a un ajuste de { $company }. Contacta con el equipo de TI, pide un Pase de acceso temporal y vuelve a intentarlo.

flow-samsung-create-in-app-title = Deja que Authenticator cree la clave de acceso
flow-samsung-create-in-app-body = Authenticator crea ahora tu clave de acceso. Responde a las comprobaciones de inicio de sesión que te muestre. Si te pide un bloqueo de pantalla, toca «Configuración», configura uno y vuelve. Cuando te pida que la actives para las claves de acceso, toca «Configuración»: el siguiente paso te indica qué activar allí.
stuck-samsung-create-in-app-samsung-pass-appears = Aparece Samsung Pass para guardar la clave de acceso
stuck-samsung-create-in-app-samsung-pass-appears-fix = No la guardes en Samsung Pass. Toca «Guardar de otra forma» (en algunos teléfonos, «Otras opciones») y elige «Authenticator». Si no se ofrece Authenticator, revisa el paso «Haz de Authenticator tu app de claves de acceso».
stuck-samsung-create-in-app-saved-in-samsung-pass = La he guardado en Samsung Pass por error
stuck-samsung-create-in-app-saved-in-samsung-pass-fix = Abre Información de seguridad y elimina esa clave de acceso. Después, en Authenticator, toca tu cuenta profesional { -then } «Crear una clave de acceso» y elige «Authenticator» cuando te pregunte dónde guardarla.
stuck-samsung-create-in-app-no-screen-lock = Dice que necesito un bloqueo de pantalla
stuck-samsung-create-in-app-no-screen-lock-fix = Abre «Ajustes», busca «Tipo de bloqueo de pantalla» y elige PIN, patrón o contraseña. Después vuelve a Authenticator.
stuck-samsung-create-in-app-passkey-already-exists = Dice que ya existe una clave de acceso
stuck-samsung-create-in-app-passkey-already-exists-fix = En Authenticator, toca tu cuenta { -then } «Configuración» { -then } «Eliminar clave de acceso» y vuelve a tocar «Crear una clave de acceso».

flow-samsung-finish-title = Termina en Authenticator
flow-samsung-finish-body = De vuelta en Authenticator, toca «Listo». Tu cuenta profesional ya muestra «Clave de acceso» como método de inicio de sesión. Vuelve a tocar «Listo».
stuck-samsung-finish-passkey-not-found = Mi cuenta no muestra «Clave de acceso»
stuck-samsung-finish-passkey-not-found-fix = Revisa el paso anterior: Authenticator debe estar activada para las claves de acceso. Después vuelve a tocar tu cuenta profesional { -then } «Crear una clave de acceso».
stuck-samsung-finish-page-timed-out = Authenticator ha caducado o me ha cerrado la sesión
stuck-samsung-finish-page-timed-out-fix = Vuelve a abrir Authenticator, toca tu cuenta profesional y luego «Crear una clave de acceso».

## android

flow-android-title = Teléfono Android con el Gestor de contraseñas de Google
flow-android-summary = Tendrás una clave de acceso guardada en el Gestor de contraseñas de Google, que también funciona en tus otros dispositivos con la misma cuenta de Google. Lleva unos 3 minutos.

flow-android-screen-lock-title = Comprueba el bloqueo de pantalla
flow-android-screen-lock-body = Tu teléfono necesita Android 9 o posterior y un bloqueo de pantalla. Abre «Ajustes», busca «Bloqueo de pantalla» y elige PIN, patrón o contraseña si aún no tienes uno.
stuck-android-screen-lock-os-too-old = Mi teléfono tiene Android 8 o anterior
stuck-android-screen-lock-os-too-old-fix = Este teléfono no puede guardar claves de acceso. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-android-screen-lock-which-version = No sé qué versión de Android tengo
stuck-android-screen-lock-which-version-fix = Abre «Ajustes» { -then } «Información del teléfono» y mira «Versión de Android».

flow-android-check-google-title = Comprueba el Gestor de contraseñas de Google
flow-android-check-google-body = Asegúrate de que este teléfono tiene iniciada sesión con tu cuenta de Google. En Android 14 o posterior, abre «Ajustes», busca «llaves de acceso» y comprueba que «Google» está elegido o activado.
stuck-android-check-google-no-google-account = No hay ninguna cuenta de Google en este teléfono
stuck-android-check-google-no-google-account-fix = Abre «Ajustes», busca «Cuentas» y añade tu cuenta de Google. Si prefieres no usar Google, vuelve atrás y elige otra forma.
stuck-android-check-google-other-app-preferred = Tengo otra app configurada como app de contraseñas
stuck-android-check-google-other-app-preferred-fix = Puede que esa app intente guardar la clave de acceso. Elige «Google» cuando tu teléfono te pregunte dónde guardarla.
stuck-android-check-google-work-profile = Mi teléfono tiene un perfil de trabajo (apps con un maletín)
stuck-android-check-google-work-profile-fix = Una clave de acceso solo funciona en el perfil donde se guarda. Abre el siguiente paso en el navegador del perfil que usas para trabajar.

flow-android-open-security-info-title = Empieza en «Mi información de seguridad»
flow-android-open-security-info-body = Abre «Mi información de seguridad» (aka.ms/mysecurityinfo) en Chrome e inicia sesión con tu cuenta de { $company }. Toca «+ Agregar método de inicio de sesión» { -then } «Clave de acceso» y luego «Siguiente».
stuck-android-open-security-info-in-app-browser = La página se ha abierto dentro de Outlook o Teams
stuck-android-open-security-info-in-app-browser-fix = A menudo no se pueden guardar claves de acceso desde dentro de otra app. Usa la opción de la app para abrir el enlace en el navegador o escribe tú mismo aka.ms/mysecurityinfo en Chrome.
stuck-android-open-security-info-no-passkey-option = No veo «Clave de acceso» en la lista
stuck-android-open-security-info-no-passkey-option-fix = Puede que { $company } aún no haya activado las claves de acceso para ti. Contacta con el equipo de TI y pregunta qué tipo de clave de acceso debes usar.
stuck-android-open-security-info-only-authenticator = Solo veo «Clave de acceso en Microsoft Authenticator»
stuck-android-open-security-info-only-authenticator-fix = { $company } quiere que tu clave de acceso esté en Microsoft Authenticator. Vuelve atrás y elige la guía «Teléfono Android con Microsoft Authenticator».

flow-android-save-passkey-title = Guarda la clave de acceso
flow-android-save-passkey-body = Cuando tu teléfono te ofrezca crear una clave de acceso, comprueba que indica Gestor de contraseñas de Google y toca «Continuar». Desbloquea con tu huella digital, tu cara o el bloqueo de pantalla.
stuck-android-save-passkey-not-allowed = Dice que mi organización no permite esta clave de acceso
stuck-android-save-passkey-not-allowed-fix = { $company } solo permite claves de acceso que se quedan en un único dispositivo. Vuelve atrás y elige la guía «Teléfono Android con Microsoft Authenticator».
stuck-android-save-passkey-other-app-offered = Otra app se ofrece a guardarla
stuck-android-save-passkey-other-app-offered-fix = Toca «Guardar de otra forma» (u «Otras opciones») y elige «Gestor de contraseñas de Google».
stuck-android-save-passkey-nothing-happens = No aparece nada
stuck-android-save-passkey-nothing-happens-fix = Asegúrate de que la página está abierta en Chrome y de que el bloqueo de pantalla está activado. Actualiza Chrome y los Servicios de Google Play en Play Store y empieza de nuevo desde «+ Agregar método de inicio de sesión».

flow-android-name-it-title = Ponle nombre a tu clave de acceso
flow-android-name-it-body = Escribe un nombre que reconozcas, como «Mi teléfono», y toca «Siguiente». Después toca «Listo». La clave de acceso ya aparece en tu lista de métodos de inicio de sesión.
stuck-android-name-it-closed-too-early = He cerrado la página antes de ponerle nombre
stuck-android-name-it-closed-too-early-fix = Abre «Mi información de seguridad». Si aparece la clave de acceso, has terminado. Si no, empieza de nuevo desde «+ Agregar método de inicio de sesión».

## android-authenticator

flow-android-authenticator-title = Teléfono Android con Microsoft Authenticator
flow-android-authenticator-summary = Tendrás una clave de acceso en la app Microsoft Authenticator de tu teléfono para iniciar sesión con tu huella digital, tu cara o un PIN. Lleva unos 5 minutos.

flow-android-authenticator-update-title = Actualiza tu teléfono
flow-android-authenticator-update-body = Tu teléfono necesita Android 14 o posterior. Abre «Ajustes», busca «Actualización del sistema» e instala cualquier actualización que aparezca.
stuck-android-authenticator-update-os-too-old = Mi teléfono no puede actualizarse a Android 14
stuck-android-authenticator-update-os-too-old-fix = Este teléfono no puede guardar una clave de acceso en Authenticator. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-android-authenticator-update-which-version = No sé qué versión de Android tengo
stuck-android-authenticator-update-which-version-fix = Abre «Ajustes» { -then } «Información del teléfono» y mira «Versión de Android».

flow-android-authenticator-install-authenticator-title = Añade tu cuenta profesional a Authenticator
flow-android-authenticator-install-authenticator-body = Instala «Microsoft Authenticator» desde Play Store, ábrela y pasa sus primeras pantallas. Toca «Agregar cuenta profesional o educativa» (o «Agregar cuenta», o «+» { -then } «Cuenta profesional o educativa»), luego «Iniciar sesión», e inicia sesión con tu cuenta profesional de { $company }. Si tu cuenta profesional ya está ahí, tócala y luego toca «Crear una clave de acceso».
stuck-android-authenticator-install-authenticator-work-profile = Mi teléfono tiene un perfil de trabajo (apps con un maletín)
stuck-android-authenticator-install-authenticator-work-profile-fix = Una clave de acceso solo funciona en el perfil donde se guarda. Usa Authenticator en el perfil donde están tus apps del trabajo. Si usas apps del trabajo en los dos perfiles, crea una clave de acceso en cada uno.
stuck-android-authenticator-install-authenticator-account-already-added = Authenticator ya muestra mi cuenta profesional
stuck-android-authenticator-install-authenticator-account-already-added-fix = Toca tu cuenta profesional y luego «Crear una clave de acceso». Después sigue con el siguiente paso.
stuck-android-authenticator-install-authenticator-cant-sign-in = Authenticator me pide que demuestre quién soy y no puedo
stuck-android-authenticator-install-authenticator-cant-sign-in-fix = Pide un Pase de acceso temporal al equipo de TI de { $company }. Escríbelo cuando Authenticator te lo pida.

flow-android-authenticator-enable-provider-title = Permite que Authenticator guarde claves de acceso
flow-android-authenticator-enable-provider-body = En «Ajustes», abre «Contraseñas y cuentas». En «Proveedores adicionales» (Additional providers), activa «Authenticator». Después vuelve a Authenticator.
stuck-android-authenticator-enable-provider-menu-missing = Los menús de mi teléfono son distintos
stuck-android-authenticator-enable-provider-menu-missing-fix = Abre «Ajustes», toca la barra de búsqueda y escribe «llaves de acceso». Abre el resultado sobre contraseñas y llaves de acceso y activa «Authenticator».
stuck-android-authenticator-enable-provider-authenticator-not-listed = Authenticator no aparece en la lista o no se activa
stuck-android-authenticator-enable-provider-authenticator-not-listed-fix = Actualiza Authenticator en Play Store, ábrela una vez y vuelve a mirar. En Android 14, si sigue sin activarse, actualiza tu teléfono a Android 15.

flow-android-authenticator-open-security-info-title = Compruébala en Información de seguridad
flow-android-authenticator-open-security-info-body = Abre Información de seguridad en Chrome e inicia sesión con tu cuenta de { $company }. Tu nueva clave de acceso aparece en la lista de métodos de inicio de sesión. Después vuelve a esta guía y toca «Ya he terminado».
stuck-android-authenticator-open-security-info-in-app-browser = La página se ha abierto dentro de Outlook o Teams
stuck-android-authenticator-open-security-info-in-app-browser-fix = Ábrela en Chrome: usa la opción de la app para abrir el enlace en el navegador o escribe tú mismo aka.ms/mysecurityinfo en Chrome.
stuck-android-authenticator-open-security-info-no-passkey-option = Mi clave de acceso no aparece en la lista
stuck-android-authenticator-open-security-info-no-passkey-option-fix = Vuelve a cargar la página. Si sigue sin aparecer, comprueba en Authenticator que tu cuenta profesional muestra «Clave de acceso»; si no es así, vuelve al paso «Deja que Authenticator cree la clave de acceso».
stuck-android-authenticator-open-security-info-sign-in-loop = Me pide una y otra vez que inicie sesión con una clave de acceso que aún no tengo
stuck-android-authenticator-open-security-info-sign-in-loop-fix = Se debe a un ajuste de { $company }. Contacta con el equipo de TI, pide un Pase de acceso temporal y vuelve a intentarlo.

flow-android-authenticator-create-in-app-title = Deja que Authenticator cree la clave de acceso
flow-android-authenticator-create-in-app-body = Authenticator crea ahora tu clave de acceso. Responde a las comprobaciones de inicio de sesión que te muestre. Si te pide un bloqueo de pantalla, toca «Configuración», configura uno y vuelve. Cuando te pida que la actives para las claves de acceso, toca «Configuración»: el siguiente paso te indica qué activar allí.
stuck-android-authenticator-create-in-app-other-app-offered = El Gestor de contraseñas de Google u otra app se ofrece a guardarla
stuck-android-authenticator-create-in-app-other-app-offered-fix = No la guardes ahí. Toca «Guardar de otra forma» (u «Otras opciones») y elige «Authenticator». Si no se ofrece Authenticator, revisa el paso «Permite que Authenticator guarde claves de acceso».
stuck-android-authenticator-create-in-app-no-screen-lock = Dice que necesito un bloqueo de pantalla
stuck-android-authenticator-create-in-app-no-screen-lock-fix = Abre «Ajustes», busca «Bloqueo de pantalla» y elige PIN, patrón o contraseña. Después vuelve a Authenticator.
stuck-android-authenticator-create-in-app-passkey-already-exists = Dice que ya existe una clave de acceso
stuck-android-authenticator-create-in-app-passkey-already-exists-fix = En Authenticator, toca tu cuenta { -then } «Configuración» { -then } «Eliminar clave de acceso» y vuelve a tocar «Crear una clave de acceso».
stuck-android-authenticator-create-in-app-registration-failed = Dice que no se ha podido añadir la clave de acceso
stuck-android-authenticator-create-in-app-registration-failed-fix = Espera un minuto y vuelve a intentarlo; a veces la comprobación que hay detrás está saturada. Si vuelve a fallar, contacta con el equipo de TI de { $company } y diles el mensaje exacto.

flow-android-authenticator-finish-title = Termina en Authenticator
flow-android-authenticator-finish-body = De vuelta en Authenticator, toca «Listo». Tu cuenta profesional ya muestra «Clave de acceso» como método de inicio de sesión. Vuelve a tocar «Listo».
stuck-android-authenticator-finish-passkey-not-found = Mi cuenta no muestra «Clave de acceso»
stuck-android-authenticator-finish-passkey-not-found-fix = Revisa el paso anterior: Authenticator debe estar activada para las claves de acceso. Después vuelve a tocar tu cuenta profesional { -then } «Crear una clave de acceso».
stuck-android-authenticator-finish-page-timed-out = Authenticator ha caducado o me ha cerrado la sesión
stuck-android-authenticator-finish-page-timed-out-fix = Vuelve a abrir Authenticator, toca tu cuenta profesional y luego «Crear una clave de acceso».

## windows-hello

flow-windows-hello-title = PC con Windows y Windows Hello
flow-windows-hello-summary = Tendrás una clave de acceso guardada en este PC, que se desbloquea con tu cara, tu huella digital o tu PIN de Windows Hello. Lleva unos 3 minutos.

flow-windows-hello-set-up-hello-title = Configura Windows Hello
flow-windows-hello-set-up-hello-body = Abre «Configuración» { -then } «Cuentas» { -then } «Opciones de inicio de sesión». Si aún no tienes PIN, selecciona «PIN (Windows Hello)» { -then } «Configurar». Ahí también puedes añadir tu cara o tu huella digital.
stuck-windows-hello-set-up-hello-greyed-out = Las opciones de Windows Hello aparecen atenuadas
stuck-windows-hello-set-up-hello-greyed-out-fix = Es posible que { $company } gestione tu PC. Contacta con el equipo de TI y pide que permitan Windows Hello, o vuelve atrás y elige otra forma.
stuck-windows-hello-set-up-hello-no-face-or-fingerprint = Mi PC no tiene inicio de sesión con cara ni huella digital
stuck-windows-hello-set-up-hello-no-face-or-fingerprint-fix = No pasa nada: basta con un PIN de Windows Hello.
stuck-windows-hello-set-up-hello-old-windows = Hace tiempo que no actualizo mi PC
stuck-windows-hello-set-up-hello-old-windows-fix = Abre «Configuración» { -then } «Windows Update» { -then } «Buscar actualizaciones», instala lo que se ofrezca y reinicia.

flow-windows-hello-open-security-info-title = Empieza en «Mi información de seguridad»
flow-windows-hello-open-security-info-body = Abre «Mi información de seguridad» (aka.ms/mysecurityinfo) en Microsoft Edge o Chrome e inicia sesión con tu cuenta de { $company }. Selecciona «+ Agregar método de inicio de sesión» { -then } «Clave de acceso» y luego «Siguiente».
stuck-windows-hello-open-security-info-no-passkey-option = No veo «Clave de acceso» en la lista
stuck-windows-hello-open-security-info-no-passkey-option-fix = Puede que { $company } aún no haya activado las claves de acceso para ti. Contacta con el equipo de TI y pregunta qué tipo de clave de acceso debes usar.
stuck-windows-hello-open-security-info-only-authenticator = Solo veo «Clave de acceso en Microsoft Authenticator»
stuck-windows-hello-open-security-info-only-authenticator-fix = { $company } quiere que tu clave de acceso esté en Microsoft Authenticator en tu teléfono. Vuelve atrás y elige la guía para ordenador y teléfono.

flow-windows-hello-save-passkey-title = Guárdala en este PC
flow-windows-hello-save-passkey-body = Windows muestra «Guardar la clave de acceso» (Save your passkey) e indica que se guardará en tu dispositivo Windows. Selecciona «Aceptar» y confirma con tu cara, tu huella digital o tu PIN. (Si indica otro lugar, selecciona «Cambiar» y elige este dispositivo Windows).
flow-windows-hello-save-passkey-body-windows10 = Una ventana de Seguridad de Windows te pide que confirmes con Windows Hello. Usa tu cara, tu huella digital o tu PIN según te indique y guarda la clave de acceso en este PC.
stuck-windows-hello-save-passkey-no-windows-option = No aparece «Este dispositivo Windows»
stuck-windows-hello-save-passkey-no-windows-option-fix = Configura primero un PIN de Windows Hello (paso 1) y empieza de nuevo desde «+ Agregar método de inicio de sesión».
stuck-windows-hello-save-passkey-browser-offers-other-app = Mi navegador se ofrece a guardarla en un gestor de contraseñas
stuck-windows-hello-save-passkey-browser-offers-other-app-fix = Elige «Guardar de otra forma» (o «Más opciones») y selecciona la opción de Windows Hello o de este dispositivo Windows.
stuck-windows-hello-save-passkey-already-registered = Dice que ya hay una clave de acceso registrada
stuck-windows-hello-save-passkey-already-registered-fix = En un ordenador de { $company }, puede que Windows Hello ya esté configurado para tu cuenta profesional, y Windows no puede guardar una segunda clave de acceso para ella. Ya puedes iniciar sesión en este PC con Windows Hello; para otros dispositivos, vuelve atrás y elige la guía para teléfono.
stuck-windows-hello-save-passkey-not-allowed = Dice que esta clave de acceso no está permitida
stuck-windows-hello-save-passkey-not-allowed-fix = Puede que { $company } aún no permita claves de acceso en Windows Hello. Contacta con el equipo de TI o vuelve atrás y elige otra forma.

flow-windows-hello-name-it-title = Ponle nombre a tu clave de acceso
flow-windows-hello-name-it-body = Escribe un nombre que reconozcas, como «Mi portátil», y selecciona «Siguiente». Después selecciona «Listo». La clave de acceso ya aparece en tu lista de métodos de inicio de sesión.
stuck-windows-hello-name-it-closed-too-early = He cerrado la página antes de ponerle nombre
stuck-windows-hello-name-it-closed-too-early-fix = Abre «Mi información de seguridad». Si aparece la clave de acceso, has terminado. Si no, empieza de nuevo desde «+ Agregar método de inicio de sesión».

## mac

flow-mac-title = Mac con el Llavero de iCloud
flow-mac-summary = Tendrás una clave de acceso guardada en el Llavero de iCloud, que se desbloquea con Touch ID o la contraseña de tu Mac y está disponible en tus otros dispositivos Apple. Lleva unos 3 minutos.

flow-mac-update-title = Actualiza tu Mac
flow-mac-update-body = Tu Mac necesita macOS 13 Ventura o posterior. Elige menú Apple { -then } «Ajustes del Sistema» { -then } «General» { -then } «Actualización de software» e instala cualquier actualización que aparezca.
stuck-mac-update-os-too-old = Mi Mac no puede actualizarse a macOS 13
stuck-mac-update-os-too-old-fix = Este Mac no puede guardar claves de acceso. Vuelve atrás y elige la guía para ordenador y teléfono, o pregunta al equipo de TI de { $company } qué otra forma puedes usar.
stuck-mac-update-which-version = No sé qué versión de macOS tengo
stuck-mac-update-which-version-fix = Elige menú Apple { -then } «Acerca de este Mac» y mira el número de versión.

flow-mac-icloud-keychain-title = Activa el Llavero de iCloud
flow-mac-icloud-keychain-body = Elige menú Apple { -then } «Ajustes del Sistema» { -then } tu nombre { -then } «iCloud» { -then } «Contraseñas» y activa «Sincronizar este Mac». En macOS Sonoma o anterior, haz clic en «Contraseñas y llavero» en lugar de «Contraseñas».
flow-mac-icloud-keychain-body-macos14 = Elige menú Apple { -then } «Ajustes del Sistema» { -then } tu nombre { -then } «iCloud» { -then } «Contraseñas y llavero» y activa «Sincronizar este Mac».
stuck-mac-icloud-keychain-no-apple-account = No he iniciado sesión con una Cuenta de Apple
stuck-mac-icloud-keychain-no-apple-account-fix = Haz clic en «Iniciar sesión» en la parte superior de «Ajustes del Sistema» e inicia sesión. Si prefieres no usar iCloud, vuelve atrás y elige otra forma.
stuck-mac-icloud-keychain-two-factor-needed = Dice que necesito la autenticación de doble factor
stuck-mac-icloud-keychain-two-factor-needed-fix = Elige menú Apple { -then } «Ajustes del Sistema» { -then } tu nombre { -then } «Inicio de sesión y seguridad» y activa «Autenticación de doble factor». Después activa «Sincronizar este Mac».

flow-mac-open-security-info-title = Empieza en «Mi información de seguridad»
flow-mac-open-security-info-body = Abre «Mi información de seguridad» (aka.ms/mysecurityinfo) en Safari e inicia sesión con tu cuenta de { $company }. Haz clic en «+ Agregar método de inicio de sesión» { -then } «Clave de acceso» y luego en «Siguiente».
stuck-mac-open-security-info-no-passkey-option = No veo «Clave de acceso» en la lista
stuck-mac-open-security-info-no-passkey-option-fix = Puede que { $company } aún no haya activado las claves de acceso para ti. Contacta con el equipo de TI y pregunta qué tipo de clave de acceso debes usar.
stuck-mac-open-security-info-only-authenticator = Solo veo «Clave de acceso en Microsoft Authenticator»
stuck-mac-open-security-info-only-authenticator-fix = { $company } quiere que tu clave de acceso esté en Microsoft Authenticator en tu teléfono. Vuelve atrás y elige la guía para ordenador y teléfono.

flow-mac-save-passkey-title = Guarda la clave de acceso en tu Mac
flow-mac-save-passkey-body = Cuando tu Mac te ofrezca guardar una clave de acceso, haz clic en «Continuar» y usa Touch ID o la contraseña de tu Mac.
stuck-mac-save-passkey-chrome-other-place = Uso Chrome y quiere guardarla en otro sitio
stuck-mac-save-passkey-chrome-other-place-fix = Elige «Llavero de iCloud» cuando Chrome te pregunte dónde guardarla. Si tu Mac pregunta si Chrome puede usar tus claves de acceso, permítelo. O, simplemente, usa Safari.
stuck-mac-save-passkey-only-qr-code = Solo aparece un código QR para un teléfono
stuck-mac-save-passkey-only-qr-code-fix = Tu Mac aún no puede guardar claves de acceso. Comprueba que el Llavero de iCloud está activado (paso 2) y empieza de nuevo en Safari.
stuck-mac-save-passkey-not-allowed = Dice que mi organización no permite esta clave de acceso
stuck-mac-save-passkey-not-allowed-fix = { $company } solo permite claves de acceso que se quedan en un único dispositivo. Vuelve atrás y elige la guía para ordenador y teléfono.

flow-mac-name-it-title = Ponle nombre a tu clave de acceso
flow-mac-name-it-body = Escribe un nombre que reconozcas, como «Mi Mac», y haz clic en «Siguiente». Después haz clic en «Listo». La clave de acceso ya aparece en tu lista de métodos de inicio de sesión.
stuck-mac-name-it-closed-too-early = He cerrado la página antes de ponerle nombre
stuck-mac-name-it-closed-too-early-fix = Abre «Mi información de seguridad». Si aparece la clave de acceso, has terminado. Si no, empieza de nuevo desde «+ Agregar método de inicio de sesión».

## security-key

flow-security-key-title = Llave de seguridad
flow-security-key-summary = Registrarás tu llave de seguridad para iniciar sesión conectándola (o acercándola) y escribiendo su PIN. Lleva unos 5 minutos.

flow-security-key-get-key-title = Ten a mano tu llave de seguridad
flow-security-key-get-key-body = Busca la llave de seguridad que te dio { $company }. Haz estos pasos en un PC con Windows o en un Mac.
stuck-security-key-get-key-no-key = No tengo llave de seguridad
stuck-security-key-get-key-no-key-fix = Pide una al equipo de TI de { $company } o vuelve atrás y elige otra forma.
stuck-security-key-get-key-doesnt-fit = La llave no encaja en mi ordenador
stuck-security-key-get-key-doesnt-fit-fix = Usa un adaptador entre USB-C y USB-A, o pide al equipo de TI una llave que encaje.
stuck-security-key-get-key-chromebook = Uso un Chromebook
stuck-security-key-get-key-chromebook-fix = No se puede añadir una llave de seguridad en un Chromebook. Añádela una vez en un PC con Windows o en un Mac.

flow-security-key-set-pin-title = Ponle un PIN a tu llave
flow-security-key-set-pin-body = Tu llave necesita un PIN. En Windows, abre «Configuración» { -then } «Cuentas» { -then } «Opciones de inicio de sesión» { -then } «Llave de seguridad» { -then } «Administrar», inserta la llave y añade un PIN. Si ya tiene uno, sáltate este paso.
stuck-security-key-set-pin-on-a-mac = Uso un Mac
stuck-security-key-set-pin-on-a-mac-fix = Un Mac no tiene ningún ajuste para esto. Pon el PIN con la app del fabricante de la llave o en un PC con Windows, o pregunta al equipo de TI de { $company }.
stuck-security-key-set-pin-forgot-pin = He olvidado el PIN de mi llave
stuck-security-key-set-pin-forgot-pin-fix = Un PIN olvidado solo se soluciona restableciendo la llave, lo que borra todo lo que contiene. Si te la dio { $company }, pregunta primero al equipo de TI; si no, usa «Restablecer» en la misma ventana «Administrar».

flow-security-key-open-security-info-title = Empieza en «Mi información de seguridad»
flow-security-key-open-security-info-body = En el ordenador, abre «Mi información de seguridad» (aka.ms/mysecurityinfo) e inicia sesión con tu cuenta de { $company }. Haz clic en «+ Agregar método de inicio de sesión» { -then } «Clave de acceso» y luego en «Siguiente».
stuck-security-key-open-security-info-no-passkey-option = No veo «Clave de acceso» en la lista
stuck-security-key-open-security-info-no-passkey-option-fix = Puede que { $company } aún no haya activado las claves de acceso para ti. Contacta con el equipo de TI y pregunta qué tipo de clave de acceso debes usar.
stuck-security-key-open-security-info-only-authenticator = Solo veo «Clave de acceso en Microsoft Authenticator»
stuck-security-key-open-security-info-only-authenticator-fix = Por ahora, { $company } no acepta llaves de seguridad para ti. Contacta con el equipo de TI o vuelve atrás y elige la guía para ordenador y teléfono.

flow-security-key-choose-key-title = Elige «Llave de seguridad»
flow-security-key-choose-key-body = Cuando te pregunte dónde guardar la clave de acceso, elige «Llave de seguridad» { -then } «Siguiente» y luego «Aceptar». En un Mac o en Chrome puede estar en «Otras opciones» o «Guardar de otra forma».
stuck-security-key-choose-key-no-key-option = No veo «Llave de seguridad»
stuck-security-key-choose-key-no-key-option-fix = Busca en «Otras opciones», «Más opciones» o «Guardar de otra forma». No la guardes en el ordenador ni en tu teléfono.
stuck-security-key-choose-key-saved-wrong-place = La he guardado en el ordenador o en mi teléfono por error
stuck-security-key-choose-key-saved-wrong-place-fix = Elimina esa clave de acceso en «Mi información de seguridad», empieza de nuevo desde «+ Agregar método de inicio de sesión» y elige «Llave de seguridad».

flow-security-key-touch-key-title = Inserta la llave y tócala
flow-security-key-touch-key-body = Inserta la llave (o acércala al lector). Si el navegador indica que login.microsoft.com quiere ver información ampliada sobre tu llave de seguridad, elige «Permitir». Escribe el PIN de la llave y tócala cuando parpadee.
stuck-security-key-touch-key-asks-new-pin = Me pide que cree un PIN
stuck-security-key-touch-key-asks-new-pin-fix = Elige un PIN que vayas a recordar, de al menos 4 caracteres, y escríbelo dos veces. Lo necesitarás cada vez que inicies sesión.
stuck-security-key-touch-key-key-not-allowed = Dice que esta llave de seguridad no está permitida
stuck-security-key-touch-key-key-not-allowed-fix = { $company } solo acepta ciertos modelos de llave. Contacta con el equipo de TI y diles qué llave tienes.
stuck-security-key-touch-key-nothing-happens = No pasa nada al tocar la llave
stuck-security-key-touch-key-nothing-happens-fix = Desconecta la llave, conéctala directamente a otro puerto (no a un hub) y vuelve a intentarlo.
stuck-security-key-touch-key-pin-wrong = Dice que el PIN es incorrecto o está bloqueado
stuck-security-key-touch-key-pin-wrong-fix = Tras varios intentos fallidos, desconecta la llave y vuelve a conectarla. Tras demasiados, hay que restablecer la llave: consulta «He olvidado el PIN de mi llave» en el paso 2.

flow-security-key-name-it-title = Ponle nombre a tu llave
flow-security-key-name-it-body = Escribe un nombre que reconozcas, como «Llave de seguridad azul», y haz clic en «Siguiente». Después haz clic en «Listo». La llave ya aparece en tu lista de métodos de inicio de sesión.
stuck-security-key-name-it-closed-too-early = He cerrado la página antes de ponerle nombre
stuck-security-key-name-it-closed-too-early-fix = Abre «Mi información de seguridad». Si aparece la llave, has terminado. Si no, empieza de nuevo desde «+ Agregar método de inicio de sesión».

## cross-device

flow-cross-device-title = Ordenador y teléfono con Microsoft Authenticator
flow-cross-device-summary = Tendrás una clave de acceso en Microsoft Authenticator en tu teléfono y la usarás para iniciar sesión en este ordenador. Lleva unos 5 minutos.

flow-cross-device-prepare-phone-title = Prepara tu teléfono
flow-cross-device-prepare-phone-body = Tu teléfono necesita iOS 17 o posterior, o Android 14 o posterior. Instala «Microsoft Authenticator», ábrela y toca «Agregar cuenta profesional o educativa» para iniciar sesión con tu cuenta de { $company }.
stuck-cross-device-prepare-phone-os-too-old = Mi teléfono no puede actualizarse tanto
stuck-cross-device-prepare-phone-os-too-old-fix = Este teléfono no puede guardar una clave de acceso en Authenticator. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar.
stuck-cross-device-prepare-phone-cant-sign-in = Authenticator me pide que demuestre quién soy y no puedo
stuck-cross-device-prepare-phone-cant-sign-in-fix = Pide un Pase de acceso temporal al equipo de TI de { $company }. Escríbelo cuando Authenticator te lo pida.
stuck-cross-device-prepare-phone-work-profile = Mi teléfono Android tiene un perfil de trabajo (apps con un maletín)
stuck-cross-device-prepare-phone-work-profile-fix = Usa Authenticator en el perfil de trabajo si tus apps del trabajo están ahí. Una clave de acceso solo funciona en el perfil donde se guarda.

flow-cross-device-enable-provider-title = Permite que Authenticator guarde claves de acceso
flow-cross-device-enable-provider-body = iPhone: «Ajustes» { -then } «General» { -then } «Autorrelleno y contraseñas» y activa «Authenticator». Android: abre «Ajustes», busca «llaves de acceso» y activa «Authenticator».
stuck-cross-device-enable-provider-authenticator-not-listed = Authenticator no aparece en la lista
stuck-cross-device-enable-provider-authenticator-not-listed-fix = Actualiza Authenticator, ábrela una vez y vuelve a mirar. En Android 14, si sigue sin activarse, actualiza el teléfono a Android 15.
stuck-cross-device-enable-provider-menu-missing = No encuentro ese menú en mi iPhone
stuck-cross-device-enable-provider-menu-missing-fix = En iOS 17 está en «Ajustes» { -then } «Contraseñas» { -then } «Opciones de contraseña». Activa «Autorrellenar contraseñas y llaves de acceso» y elige «Authenticator».

flow-cross-device-open-security-info-title = Empieza en el ordenador
flow-cross-device-open-security-info-body = En el ordenador, abre «Mi información de seguridad» (aka.ms/mysecurityinfo) e inicia sesión con tu cuenta de { $company }. Haz clic en «+ Agregar método de inicio de sesión» { -then } «Clave de acceso en Microsoft Authenticator» y sigue la página.
stuck-cross-device-open-security-info-no-passkey-option = No veo «Clave de acceso en Microsoft Authenticator»
stuck-cross-device-open-security-info-no-passkey-option-fix = Puede que { $company } aún no la haya activado para ti. Contacta con el equipo de TI y pregunta qué tipo de clave de acceso debes usar.
stuck-cross-device-open-security-info-sign-in-loop = Me pide una y otra vez que inicie sesión con una clave de acceso que aún no tengo
stuck-cross-device-open-security-info-sign-in-loop-fix = Se debe a un ajuste de { $company }. Contacta con el equipo de TI, pide un Pase de acceso temporal y vuelve a intentarlo.
stuck-cross-device-open-security-info-download-qr = La página muestra un código QR para descargar la app
stuck-cross-device-open-security-info-download-qr-fix = Si ya tienes Authenticator en el teléfono, haz clic en «Siguiente». Si no, escanea el código con la cámara del teléfono para instalarla.

flow-cross-device-create-on-phone-title = Crea la clave de acceso en tu teléfono
flow-cross-device-create-on-phone-body = Cuando la página te lo indique, abre Authenticator en tu teléfono. Si tu cuenta profesional ya está ahí, tócala { -then } «Crear una clave de acceso»; si no, toca «Agregar cuenta profesional o educativa» (o «+» { -then } «Cuenta profesional o educativa») { -then } «Iniciar sesión». Responde a las comprobaciones de inicio de sesión, toca «Configuración» si te pide un bloqueo de pantalla o que la actives para las claves de acceso, y vuelve. Cuando aparezca «Clave de acceso» debajo de tu cuenta, toca «Listo» y luego otra vez «Listo».
stuck-cross-device-create-on-phone-no-create-option = No veo «Crear una clave de acceso»
stuck-cross-device-create-on-phone-no-create-option-fix = Actualiza Authenticator y asegúrate de haber tocado tu cuenta profesional. Si sigue sin aparecer, contacta con el equipo de TI de { $company }.
stuck-cross-device-create-on-phone-no-screen-lock = Dice que necesito un bloqueo de pantalla
stuck-cross-device-create-on-phone-no-screen-lock-fix = Configura un código, PIN, patrón o contraseña en los ajustes del teléfono y vuelve a Authenticator.
stuck-cross-device-create-on-phone-passkey-already-exists = Dice que ya existe una clave de acceso
stuck-cross-device-create-on-phone-passkey-already-exists-fix = En Authenticator, toca tu cuenta { -then } «Configuración» { -then } «Eliminar clave de acceso» y vuelve a tocar «Crear una clave de acceso».
stuck-cross-device-create-on-phone-other-app-offered = Samsung Pass u otra app se ofrece a guardarla
stuck-cross-device-create-on-phone-other-app-offered-fix = No la guardes ahí. Toca «Guardar de otra forma» (u «Otras opciones») y elige «Authenticator».

flow-cross-device-finish-title = Termina en el ordenador
flow-cross-device-finish-body = De vuelta en el ordenador, haz clic en «Siguiente». Espera mientras la página comprueba tu clave de acceso y haz clic en «Listo».
stuck-cross-device-finish-passkey-not-found = La página dice que no encuentra mi clave de acceso
stuck-cross-device-finish-passkey-not-found-fix = Comprueba en Authenticator que tu cuenta profesional muestra «Clave de acceso» y que es la misma cuenta que usaste en el ordenador. Después haz clic en «Siguiente» otra vez.
stuck-cross-device-finish-page-timed-out = La página ha caducado o me ha cerrado la sesión
stuck-cross-device-finish-page-timed-out-fix = Vuelve a abrir «Mi información de seguridad» e inicia sesión. Si la clave de acceso no está en la lista, empieza de nuevo desde «+ Agregar método de inicio de sesión».

flow-cross-device-try-it-title = Inicia sesión en el ordenador con tu teléfono
flow-cross-device-try-it-body = Activa el Bluetooth en el ordenador y en el teléfono. Al iniciar sesión en el ordenador, elige «Otras formas de iniciar sesión» (u «Opciones de inicio de sesión») { -then } «Cara, huella digital, PIN o llave de seguridad»; en Windows 11, luego «iPhone, iPad o dispositivo Android». Escanea el código QR con la app Cámara del teléfono y toca «Sign in with passkey» (Iniciar sesión con clave de acceso) en iPhone o «Use passkey to sign in» (Usar clave de acceso para iniciar sesión) en Android.
stuck-cross-device-try-it-qr-wont-scan = Mi teléfono no escanea el código QR
stuck-cross-device-try-it-qr-wont-scan-fix = Usa la app Cámara del propio teléfono: en un iPhone, el escáner de Authenticator no puede leer este código. Sube el brillo de la pantalla del ordenador y vuelve a intentarlo.
stuck-cross-device-try-it-bluetooth-off = Me pide que active el Bluetooth
stuck-cross-device-try-it-bluetooth-off-fix = Activa el Bluetooth en los dos: en Windows, en «Configuración» { -then } «Bluetooth y dispositivos»; en un Mac, en «Ajustes del Sistema» { -then } «Bluetooth»; y en el teléfono, en sus ajustes. Mantén el teléfono cerca del ordenador.
stuck-cross-device-try-it-no-bluetooth = Mi ordenador no tiene Bluetooth o lo tiene bloqueado
stuck-cross-device-try-it-no-bluetooth-fix = Para iniciar sesión con el teléfono, el ordenador necesita Bluetooth. Contacta con el equipo de TI de { $company } y pregunta qué otra forma puedes usar en este ordenador.
stuck-cross-device-try-it-nothing-after-scan = He escaneado el código pero no pasa nada
stuck-cross-device-try-it-nothing-after-scan-fix = Mantén los dos dispositivos conectados a internet y cerca el uno del otro, comprueba el Bluetooth en ambos y vuelve a intentarlo. Si sigue fallando en la red de la oficina, contacta con el equipo de TI de { $company }.
