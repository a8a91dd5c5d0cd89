## Sign in with Microsoft

admin-oidc-sign-in = Entrar com a Microsoft
admin-oidc-unavailable = A entrada com a Microsoft não está disponível no momento. Entre com seu e-mail e sua senha ou tente novamente mais tarde.
admin-oidc-refused = A Microsoft não concluiu a sua entrada. Tente novamente ou entre com seu e-mail e sua senha.
admin-oidc-expired = Esta entrada com a Microsoft expirou ou não começou aqui. Tente novamente.
admin-oidc-unverified = Não foi possível verificar a resposta da Microsoft, por isso você não entrou. Tente novamente.
admin-oidc-no-account = Sua conta Microsoft não corresponde a nenhum administrador aqui. Peça a um proprietário que adicione você com o endereço de e-mail da sua conta Microsoft.
admin-oidc-role = Sua função de aplicativo no Microsoft Entra não permite a sua função aqui. Peça ao departamento de TI que atribua a você a função de aplicativo correspondente.
