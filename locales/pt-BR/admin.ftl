## Admin frame

admin-product = Passkey Guide
admin-nav = Locatário
admin-sign-out = Sair
admin-settings = Configurações
admin-dashboard = Painel
admin-emails = E-mails
admin-tokens = Tokens e links

## Sign-in

admin-sign-in-title = Entre para gerenciar seu guia
admin-email = E-mail
admin-password = Senha
admin-sign-in = Entrar
admin-wrong-credentials = Esse e-mail e essa senha não correspondem a nenhum administrador.
admin-too-many-attempts = Muitas tentativas sem sucesso. Aguarde 15 minutos e tente novamente.
admin-sign-in-expired = Este formulário de entrada expirou ou veio de outro site. Entre novamente aqui.

## Tenants

admin-tenants-title = Seus guias
admin-open-guide = Abrir o guia
admin-create-tenant = Adicionar uma organização
admin-slug = Endereço (a parte depois da barra)
admin-slug-hint = De 2 a 40 caracteres: letras minúsculas, números e hifens, por exemplo "contoso".
admin-name = Nome da organização
admin-create = Criar
admin-error-slug = Esse endereço não pode ser usado: use de 2 a 40 letras minúsculas, números e hifens, e não use uma palavra reservada como "admin" ou "api".
admin-error-slug-taken = Outra organização já usa esse endereço.

## Settings

admin-settings-title = Identidade visual e política
admin-saved = Salvo. O guia já mostra suas alterações.
admin-color-adjusted = A cor que você escolheu, { $chosen }, é clara demais para textos e botões legíveis, por isso o guia usa { $used }, a cor mais próxima que atende ao WCAG AA.
admin-fix-errors = Alguns valores precisam ser corrigidos; eles estão marcados abaixo. Nada foi salvo.
admin-read-only = Você pode ver estas configurações, mas não pode alterá-las.
admin-branding = Identidade visual
admin-primary-color = Cor da marca
admin-pick-color = Escolha a cor da marca
admin-color-hint = No formato #RRGGBB. Uma cor clara demais para textos é escurecida até a cor mais próxima que atende ao WCAG AA.
admin-support = Contato do suporte técnico
admin-support-email = E-mail do suporte técnico
admin-support-phone = Telefone do suporte técnico
admin-support-url = Página do suporte técnico na web
admin-languages = Idiomas
admin-default-language = Idioma padrão
admin-address = Endereços
admin-handoff-url = Onde as pessoas registram a chave de acesso
admin-handoff-hint = Uma das páginas Informações de segurança da Microsoft, como https://aka.ms/mysecurityinfo. Nenhum outro endereço é aceito.
admin-domain = Seu próprio domínio (opcional)
admin-domain-hint = Por exemplo, passkeys.contoso.com. Aponte-o para este servidor, e o guia responderá nele em "/".
admin-policy = Política de chaves de acesso
admin-policy-hint = Deixe igual às configurações de "Chave de acesso (FIDO2)" do Entra ID, para que o guia nunca sugira uma chave de acesso que o Entra vai recusar.
admin-policy-synced = Chaves de acesso sincronizadas permitidas (Chaves do iCloud, Gerenciador de senhas do Google), além das vinculadas ao dispositivo
admin-policy-device-bound = Somente chaves de acesso vinculadas ao dispositivo (Microsoft Authenticator, chaves de segurança, Windows Hello)
admin-policy-synced-only = Somente chaves de acesso sincronizadas (Chaves do iCloud, Gerenciador de senhas do Google)
admin-policy-attestation = Atestado obrigatório
admin-policy-keys = Restrições de chave
admin-policy-keys-off = Nenhuma
admin-policy-keys-allow = Permitir somente os AAGUIDs abaixo
admin-policy-keys-block = Bloquear os AAGUIDs abaixo
admin-policy-aaguids = AAGUIDs
admin-policy-aaguids-hint = Um por linha, como no seu perfil de chave de acesso do Entra. Os AAGUIDs do Microsoft Authenticator são 90a3ccdf-635c-4729-a248-9b709135078f (iOS) e de1e552d-db1d-4423-a619-566b625cdc84 (Android).
admin-policy-aaguid-unnamed = não é um AAGUID conhecido
admin-policy-windows-hello = As chaves de acesso do Microsoft Entra no Windows Hello estão habilitadas
admin-policy-windows-hello-hint = Ative isso somente depois de adicionar no Entra um perfil de chave de acesso que permita os AAGUIDs do Windows Hello, sem atestado obrigatório. Caso contrário, o registro no Windows Hello falha, e o guia envia os usuários do Windows para o celular ou para uma chave de segurança.
admin-save = Salvar
admin-logo = Logotipo
admin-current-logo = Logotipo atual
admin-logo-hint = PNG, JPEG ou WebP, com no máximo 256 KB e 2048 pixels de cada lado. SVG não é aceito.
admin-upload = Enviar
admin-remove-logo = Remover o logotipo
admin-preview = Pré-visualização
admin-preview-note = Esta é a página inicial que seus funcionários veem. As mudanças de cor aparecem aqui assim que você as escolhe; as outras, depois de salvar.
admin-error-name = Digite um nome de 1 a 80 caracteres.
admin-error-color = Escreva a cor no formato #RRGGBB, por exemplo #0F6CBD.
admin-error-email = Isso não é um endereço de e-mail.
admin-error-phone = Use somente números, espaços e + - ( ) .
admin-error-support-url = Use um endereço que comece com https://.
admin-error-handoff = Somente as páginas Informações de segurança da Microsoft são permitidas, como https://aka.ms/mysecurityinfo.
admin-error-domain = Digite um nome de host como passkeys.contoso.com.
admin-error-domain-taken = Outra organização já usa esse domínio.
admin-error-domain-shared = Esse host já serve o guia de todas as organizações (ou é um nome local ou um endereço IP). Use um nome de host próprio, como passkeys.contoso.com.
admin-error-domain-owner-only = Somente um proprietário que gerencia todas as organizações pode definir um domínio.
admin-error-languages = Escolha pelo menos um idioma e, entre eles, um idioma padrão.
admin-error-key-restriction = Em restrições de chave, escolha "Nenhuma", uma lista de permissões ou uma lista de bloqueio.
admin-error-aaguid = Cada linha deve conter um único AAGUID, como 90a3ccdf-635c-4729-a248-9b709135078f (no máximo 500).
admin-error-allow-list-empty = Uma lista de permissões sem AAGUIDs não deixaria ninguém registrar uma chave de acesso.
admin-error-passkey-types = Escolha chaves de acesso vinculadas ao dispositivo, sincronizadas ou ambas.
admin-error-logo-size = O logotipo tem mais de 256 KB.
admin-error-logo-svg = Logotipos em SVG não são aceitos: envie um PNG, JPEG ou WebP.
admin-error-logo-type = O arquivo não é uma imagem PNG, JPEG ou WebP, ou está danificado.
admin-error-logo-pixels = O logotipo tem mais de 2048 pixels em um dos lados.

## Emails

admin-emails-title = E-mails para a sua implantação
admin-emails-profiles = Perfis de chave de acesso
admin-emails-profiles-hint = O Entra atribui a cada grupo o seu perfil de chave de acesso. Envie a cada grupo os e-mails do perfil dele: os links abrem o guia desse perfil.
admin-emails-intro = Envie primeiro o anúncio, o lembrete uma semana depois e o aviso final após duas semanas. Cada um tem um link para o guia com uma tag própria, para que o painel mostre qual e-mail trouxe as pessoas. Copie os textos para a sua ferramenta de e-mail ou baixe um rascunho.
admin-email-announcement = Anúncio
admin-email-reminder = Lembrete
admin-email-final = Aviso final
admin-email-day = { $day ->
    [0] Enviar no dia 1
   *[other] Enviar no dia { $day }
}
admin-email-subject = Assunto
admin-email-text = Texto simples
admin-email-html = HTML
admin-email-download = Baixar como rascunho (.eml)
admin-copy = Copiar

## Tokens

admin-tokens-title = Tokens e links
admin-tokens-intro = Tokens de API somente leitura permitem que scripts leiam o funil e a cobertura deste guia. Links do painel abrem este painel em qualquer navegador sem conta, apenas com números e nunca com nomes. Ambos funcionam apenas para esta organização, até que você os revogue.
admin-tokens-none = Ainda não há tokens nem links.
admin-token-once = Copie este token agora: ele só é mostrado uma vez.
admin-token = Novo token
admin-token-label = Rótulo
admin-token-create = Criar
admin-token-live = Ativo
admin-token-revoked = Revogado
admin-revoke = Revogar
admin-created = Criado em
admin-status = Status
admin-actions = Ações

## Dashboard

admin-dashboard-title = Painel da implantação
admin-from = De
admin-to = Até
admin-device = Dispositivo
admin-flow = Passo a passo
admin-language = Idioma
admin-campaign = Campanha
admin-all = Todos
admin-apply = Aplicar
admin-funnel = Funil
admin-funnel-alt = Gráfico de barras com o número de pessoas em cada fase do funil
admin-stage = Fase
admin-stage-visit = Abriu o guia
admin-stage-step = Começou as etapas
admin-stage-handoff = Foi para a Microsoft
admin-stage-done = Confirmou a conclusão
admin-people = Pessoas
admin-of-visits = Das pessoas que abriram
admin-bots = { $count ->
    [one] { $count } solicitação de bot ou verificador de links foi desconsiderada.
   *[other] { $count } solicitações de bots e verificadores de links foram desconsideradas.
}
admin-csv = Baixar como CSV
admin-trend = Por dia
admin-trend-alt = Gráfico de linhas com o número de pessoas que abriram o guia e que confirmaram a conclusão, por dia
admin-day = Dia
admin-devices = Dispositivos
admin-completion = Concluído
admin-steps = Etapas alcançadas
admin-step = Etapa
admin-stuck = Onde as pessoas têm problemas
admin-symptom = Problema
admin-reports = Relatos
admin-campaigns = Campanhas
admin-no-campaign = (sem tag)
admin-coverage = Cobertura de chaves de acesso (Entra ID)
admin-coverage-text = { $with } de { $total } pessoas ({ $share }) têm uma chave de acesso, segundo o relatório de registro importado em { $imported }. O relatório pode ter algumas horas de atraso.
admin-coverage-alt = Barra de cobertura em relação à meta de adoção de 50% e ao limite de 95%
admin-stragglers = Baixar as pessoas sem chave de acesso (CSV) para o próximo lembrete
admin-coverage-trend = Cobertura por importação
admin-imported = Importado em
admin-share = Percentual
admin-token-kind = Tipo
admin-token-kind-api = Token de API
admin-token-kind-share = Link somente leitura do painel
admin-share-once = Copie este link agora: ele é mostrado só uma vez. Quem o tiver verá os números deste painel (nunca nomes) até você revogá-lo.
admin-shared-note = Uma visão somente leitura da implantação de chaves de acesso na { $tenant }, compartilhada pela equipe de TI. Mostra só números, nunca nomes.
admin-recipients = Destinatários
admin-recipients-title = Links pessoais
admin-recipients-intro = Dê a cada pessoa o próprio link para o guia e veja quem nunca o abriu, quem abriu mas ainda não tem chave de acesso, quem travou e quem está registrado, e mande o próximo lembrete só para quem precisa.
admin-recipients-on = Os links pessoais estão ativados: acessos por um link pessoal são atribuídos à pessoa.
admin-recipients-off = Os links pessoais estão desativados: o guia conta pessoas sem saber quem são.
admin-recipients-turn-on = Ativar links pessoais
admin-recipients-turn-off = Desativar links pessoais
admin-recipients-file = Lista de pessoas (CSV)
admin-recipients-file-hint = Uma linha de cabeçalho e depois uma pessoa por linha: uma coluna de endereço (e-mail ou userPrincipalName) e, opcionalmente, um nome e uma onda. Quem já está na lista mantém o link.
admin-recipients-import = Importar a lista
admin-recipients-merge = Mala direta
admin-recipients-merge-intro = Cada pessoa com o próprio link, para sua mala direta. Os links funcionam quando os links pessoais estão ativados.
admin-recipients-merge-announcement = Mala direta do anúncio
admin-recipients-merge-reminder = Mala direta do lembrete
admin-recipients-merge-final = Mala direta do último aviso
admin-recipients-segments = Segmentos
admin-recipients-no-report = Importe o relatório de registro de usuários do Entra para reconhecer quem já se registrou; até lá ninguém conta como registrado.
admin-recipients-count = { $count } pessoas na lista
admin-recipients-segment = Segmento
admin-recipients-people = Pessoas
admin-download-csv = Baixar CSV
admin-segment-never-opened = Nunca abriu
admin-segment-opened-not-registered = Abriu, ainda sem chave de acesso
admin-segment-stuck = Travou
admin-segment-registered = Registrado
admin-recipients-refused = Nada foi importado: { $reason }
admin-recipients-imported = { $count } pessoas importadas, { $added } delas novas.
readiness-heading = O Entra está pronto?
readiness-intro = Com base na configuração do Entra lida por último pelo Microsoft Graph e no relatório de registro mais recente.
readiness-fetched = Lido do Entra em { $when }.
readiness-status-ok = Pronto
readiness-status-fail = Requer atenção
readiness-status-unknown = Ainda desconhecido
readiness-not-read = Ainda não lido: conecte o Microsoft Graph com a permissão Policy.Read.All e execute uma leitura (passkey-guide entra fetch --config-only).
readiness-no-report = Ainda não há relatório de registro: importe um ou busque-o no Microsoft Graph.
readiness-passkeys-enabled = Passkey (FIDO2) está habilitado
readiness-passkeys-enabled-ok = Passkey (FIDO2) está habilitado na política de métodos de autenticação.
readiness-passkeys-enabled-fail = Passkey (FIDO2) está desabilitado: ninguém consegue adicionar uma chave de acesso, e Informações de segurança não oferece nenhuma. Habilite-o no Centro de administração do Microsoft Entra: Entra ID > Métodos de autenticação > Políticas > Passkey (FIDO2) > Enable and target (Habilitar e direcionar).
readiness-self-service-registration = A configuração por autoatendimento é permitida
readiness-self-service-registration-ok = As pessoas podem adicionar uma chave de acesso por conta própria em Informações de segurança.
readiness-self-service-registration-fail = "Allow self-service set up" (Permitir configuração por autoatendimento) está como "Não": as pessoas não conseguem adicionar uma chave de acesso em Informações de segurança, mesmo com Passkey (FIDO2) habilitado, e todo passo a passo termina em erro. Defina como "Sim" em Entra ID > Métodos de autenticação > Políticas > Passkey (FIDO2) > Configurar.
readiness-authenticator-allowed = O Microsoft Authenticator está permitido
readiness-authenticator-allowed-ok = Todo perfil de chave de acesso com chaves vinculadas ao dispositivo aceita as chaves de acesso do Microsoft Authenticator.
readiness-authenticator-allowed-fail = As restrições de chave de { $profiles } deixam de fora o Microsoft Authenticator (90a3ccdf-635c-4729-a248-9b709135078f no iOS, de1e552d-db1d-4423-a619-566b625cdc84 no Android): as pessoas cobertas por esses perfis não conseguem salvar uma chave de acesso no Authenticator. Adicione os dois AAGUIDs em Entra ID > Métodos de autenticação > Políticas > Passkey (FIDO2) > Configurar, nas restrições de chave de cada perfil.
readiness-registration-campaign = A campanha de registro pede chaves de acesso
readiness-registration-campaign-ok = A campanha de registro está ativada e pede que as pessoas configurem uma chave de acesso ou o Microsoft Authenticator ao entrar.
readiness-registration-campaign-fail = A campanha de registro está desativada ou pede outro método, então ninguém recebe um lembrete ao entrar. Defina como "Gerenciado pela Microsoft", ou como "Habilitado" com "Passkey" (chave de acesso) ou "Microsoft Authenticator", em Entra ID > Métodos de autenticação > Campanha de registro.
readiness-temporary-access-pass = Temporary Access Pass está habilitado
readiness-temporary-access-pass-ok = O suporte técnico pode fornecer um Temporary Access Pass a quem não tem outra forma forte de entrar.
readiness-temporary-access-pass-fail = Temporary Access Pass está desabilitado: quem não tem o Microsoft Authenticator nem outro método forte não consegue entrar em Informações de segurança para adicionar a primeira chave de acesso. Habilite-o em Entra ID > Métodos de autenticação > Políticas > Temporary Access Pass.
readiness-coverage-majority = Mais da metade tem chave de acesso
readiness-coverage-majority-ok = { $share } das pessoas no escopo têm chave de acesso: acima da marca de 50%.
readiness-coverage-majority-fail = Apenas { $share } das pessoas no escopo têm chave de acesso: abaixo da marca de 50%. O painel mostra quem ainda precisa de um lembrete.
readiness-summary = Pronto no Entra: { $ready } de { $total } verificações
