## Sign in with Microsoft

admin-oidc-sign-in = Iniciar sesión con Microsoft
admin-oidc-unavailable = El inicio de sesión con Microsoft no está disponible en este momento. Inicia sesión con tu correo electrónico y tu contraseña, o vuelve a intentarlo más tarde.
admin-oidc-refused = Microsoft no ha iniciado tu sesión. Vuelve a intentarlo o inicia sesión con tu correo electrónico y tu contraseña.
admin-oidc-expired = Este inicio de sesión con Microsoft ha caducado o no empezó aquí. Vuelve a intentarlo.
admin-oidc-unverified = No se pudo comprobar la respuesta de Microsoft, así que no has iniciado sesión. Vuelve a intentarlo.
admin-oidc-no-account = Tu cuenta de Microsoft no coincide con ningún administrador de aquí. Pide a un propietario que te añada con la dirección de correo electrónico de tu cuenta de Microsoft.
admin-oidc-role = Tu rol de aplicación en Microsoft Entra no permite tu rol aquí. Pide a tu departamento de TI que te asigne el rol de aplicación correspondiente.
