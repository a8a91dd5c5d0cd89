## The frame around every page

# The arrow between the parts of a menu path (“Settings → General”). A right-to-left language
# points it the other way (←).
-then = →

language-name = Português (Brasil)
guide-skip-to-content = Ir para as etapas
guide-logo-alt = { $company }
guide-language = Idioma
guide-help-heading = Precisa de ajuda?
guide-help-portal = Portal do suporte técnico
guide-support-code = Se você ligar para o suporte técnico, informe este código:
guide-privacy = Este guia não usa cookies e não guarda nenhum registro de quem você é.

## Devices

device-iphone = iPhone
device-ipad = iPad
device-samsung = Samsung Galaxy
device-android = Celular Android
device-windows = PC com Windows
device-mac = Mac
device-chromeos = Chromebook
device-linux = Computador com Linux
device-bot = Cliente automatizado
device-unknown = Dispositivo desconhecido

## Requirements of a walkthrough

requirement-min-os = { $system } { $version } ou posterior
requirement-authenticator = O app Microsoft Authenticator, com sua conta corporativa conectada
requirement-bluetooth = Bluetooth ativado nos dois dispositivos
requirement-screen-lock = Um bloqueio de tela (PIN, impressão digital ou rosto)
requirement-screen-lock-mac = Touch ID ou a senha de login do Mac
requirement-screen-lock-windows = Windows Hello: seu rosto, impressão digital ou PIN
requirement-screen-lock-apple = Um código, com Face ID ou Touch ID
requirement-security-key = Sua chave de segurança
requirement-phone = Seu celular, por perto

## Landing page

guide-title = Acesse { $company } sem senha
guide-lead = Com uma chave de acesso, você entra com o rosto, a impressão digital ou o PIN em vez de uma senha. A configuração leva cerca de cinco minutos.
guide-detected = Você está usando: { $device }.
guide-detected-with-version = Você está usando: { $device } ({ $system } { $version }).
guide-detected-unknown = Não conseguimos identificar o seu dispositivo.
guide-not-your-device = Não é o seu dispositivo?
guide-recommended = Recomendado para você
guide-you-need = Você precisa de
guide-step-count = { $count ->
    [one] { $count } etapa
   *[other] { $count } etapas
}
guide-start = Começar
guide-start-after-update = Atualize primeiro e depois abra este link de novo: o guia começa aqui.
guide-refused-title = “{ $flow }” não está disponível na sua organização
guide-refused-synced = A { $company } só permite chaves de acesso que ficam em um único dispositivo, então uma chave salva em um gerenciador de senhas sincronizado não funcionaria. Siga o guia abaixo.
guide-refused-attestation = A { $company } só aceita chaves de acesso cuja marca e modelo podem ser verificados, e esta forma de salvar não consegue provar isso. Siga o guia abaixo.
guide-refused-authenticator-only = A { $company } só aceita chaves de acesso no Microsoft Authenticator. Siga o guia abaixo.
guide-refused-windows-hello-off = A { $company } ainda não ativou as chaves de acesso no Windows Hello. Siga o guia abaixo.
guide-refused-device-bound = A { $company } só aceita chaves de acesso sincronizadas, e uma chave salva desta forma não é sincronizada. Siga o guia abaixo.
guide-refused-key-restrictions = A { $company } só aceita chaves de acesso de apps e chaves de segurança aprovados, e esta forma de salvar não usa nenhum deles. Siga o guia abaixo.
guide-browser-title = Use o Chrome ou o Edge para isso
guide-browser-linux-firefox = O Firefox no Linux não consegue usar uma chave de acesso do seu celular. Abra esta página no Chrome ou no Microsoft Edge e entre em Informações de segurança por lá.
guide-pick-device = Escolha o seu dispositivo e mostraremos as etapas exatas para ele.
guide-no-way-here = As configurações de chave de acesso da { $company } não permitem chave de acesso neste dispositivo. Escolha outro dispositivo que você usa, como o seu celular, ou fale com o suporte abaixo.
guide-choose-device = Escolha o seu dispositivo
guide-qr-title = Ou continue no celular
guide-qr-body = Aponte a câmera do celular para este código para abrir este guia nele.
guide-qr-alt = Código QR que abre este guia no seu celular
guide-phone-flow-title = Faça isso no celular
guide-phone-flow-body = Estas etapas são feitas no celular. Leia este código com a câmera do celular ou digite o link abaixo no navegador dele: o mesmo guia abre lá.
guide-other-ways = Outras formas de configurar uma chave de acesso

## Opened inside another app

inapp-title = Primeiro, abra esta página no navegador
inapp-why = Você abriu este link dentro de outro app. Não é possível criar chaves de acesso nele.
inapp-outlook-ios = No Outlook, toque em "•••" no canto superior direito { -then } "Abrir no Safari".
inapp-outlook-android = No Outlook, toque em "⋮" no canto superior direito { -then } "Abrir no navegador".
inapp-teams-ios = No Teams, toque em "•••" na parte superior { -then } "Abrir no Safari".
inapp-teams-android = No Teams, toque em "⋮" na parte superior { -then } "Abrir no navegador".
inapp-generic-ios = Toque no botão de compartilhar ou em "•••" { -then } "Abrir no Safari". Se não houver essa opção, copie o endereço abaixo e cole no Safari.
inapp-generic-android = Toque em "⋮" { -then } "Abrir no Chrome" (ou "Abrir no navegador"). Se não houver essa opção, copie o endereço abaixo e cole no Chrome.
inapp-copy-label = Endereço desta página

## System too old

update-title = Primeiro, atualize o seu dispositivo
update-body = As chaves de acesso do trabalho exigem { $system } { $required } ou posterior, e este dispositivo tem { $detected }.
update-how-ios = Abra "Ajustes" { -then } "Geral" { -then } "Atualização de Software", instale a atualização e abra este link novamente.
update-how-android = Abra "Configurações" { -then } "Atualização de software" (ou "Sistema" { -then } "Atualização do sistema"), instale a atualização e abra este link novamente.

## Step pages

step-progress = Etapa { $number } de { $total }
step-open-security-info = Abrir Informações de segurança
step-handoff-note = Isso abre a página Informações de segurança da Microsoft no lugar deste guia. Quando terminar lá, use o botão Voltar do navegador para retornar e toque em “Terminei”.
step-coming-next = O que você verá lá
step-back = Voltar
step-next = Avançar
step-finish = Terminei
step-stuck = Estou com problemas
step-nav = Etapas

illustration-settings-provider = Uma tela de configurações com o provedor de chaves de acesso ativado
illustration-security-info-add = A página Informações de segurança da Microsoft com o botão "Adicionar método de entrada"
illustration-save-passkey = A janela para salvar a chave de acesso, pedindo o rosto, a impressão digital ou o PIN
illustration-security-key-touch = Um dedo tocando uma chave de segurança conectada a um notebook
illustration-done = Uma marca de seleção: a chave de acesso está pronta
illustration-authenticator-account = O Microsoft Authenticator mostrando sua conta corporativa com o botão “Criar uma chave de acesso”
illustration-samsung-save-another-way = O Samsung Pass oferecendo salvar a chave de acesso, com “Salvar de outra forma” abaixo do botão
illustration-ios-autofill-settings = Os Ajustes do iPhone para senhas e chaves de acesso, com o Authenticator ativado
illustration-android-passkey-providers = As configurações do Android para senhas e chaves de acesso, com o Authenticator ativado
illustration-security-info-phone = Informações de segurança no navegador do celular, com o botão “Adicionar método de entrada”
illustration-windows-save-passkey = A janela “Salvar sua chave de acesso” do Windows com o botão “OK”
illustration-choose-security-key = A janela “Escolha onde salvar sua chave de acesso” do Windows com “Chave de segurança” selecionada
illustration-mac-save-passkey = Um Mac oferecendo salvar a chave-senha com o Touch ID
illustration-cross-device-qr = Um código QR no computador, lido com o app Câmera do celular

## I'm stuck

stuck-title = O que está dando errado?
stuck-intro = Etapa { $number }: { $step }. Escolha o que você está vendo e mostraremos o que fazer.
stuck-something-else = É outra coisa? Entre em contato com o suporte técnico abaixo e informe o código que aparece no fim desta página.
stuck-fix-heading = O que fazer
stuck-other-problems = Outro problema
stuck-back-to-step = Voltar para a etapa
stuck-contact = O problema continua? O suporte técnico pode ajudar: os contatos estão abaixo.
stuck-contact-generic = O problema continua? Entre em contato com o suporte técnico de TI e informe o código que aparece no fim desta página.

## Done

done-confirm-title = Deu certo?
done-confirm-body = Se a página da Microsoft agora mostra sua chave de acesso em Informações de segurança, está tudo pronto.
done-confirm-yes = Sim, minha chave de acesso está configurada
done-confirm-no = Não, algo deu errado
done-title = Tudo pronto
done-body = Da próxima vez que acessar { $company }, escolha “Other ways to sign in” (Outras formas de entrar) ou “Sign-in options” (Opções de entrada) { -then } “Rosto, impressão digital, PIN ou chave de segurança” e use o rosto, a impressão digital ou o PIN.
done-test-title = Teste agora
done-test-body = Abra uma janela privada no navegador, acesse aka.ms/mysecurityinfo e digite seu e-mail do trabalho. Escolha “Other ways to sign in” (Outras formas de entrar) ou “Sign-in options” (Opções de entrada) { -then } “Rosto, impressão digital, PIN ou chave de segurança” e use sua nova chave de acesso. Se conseguir entrar, ela está pronta para todos os acessos a { $company }; se não, volte uma página e toque em “Não, algo deu errado”.
done-next = Você já pode fechar esta página.

## Device chooser

devices-title = Qual dispositivo você está usando?
devices-intro = Escolha o dispositivo com o qual você quer entrar. Mostraremos as etapas para ele.
devices-all-ways = Todas as formas que a sua organização permite

## Errors

error-not-found-title = Não encontramos essa página
error-not-found-body = Verifique se você abriu o link completo do seu e-mail. Se ainda não funcionar, peça o link correto ao suporte técnico de TI.
error-forbidden-title = Você não pode abrir esta página
error-forbidden-body = Entre primeiro ou peça acesso ao seu administrador.
error-busy-title = Há muitas pessoas aqui agora
error-busy-body = Aguarde alguns segundos e tente novamente.
error-bad-request-title = Algo nessa solicitação não parecia certo
error-bad-request-body = Volte e tente novamente. Se continuar acontecendo, entre em contato com o suporte técnico de TI.
error-internal-title = Algo deu errado do nosso lado
error-internal-body = Tente novamente em um minuto. Se continuar acontecendo, entre em contato com o suporte técnico de TI e informe o número da solicitação abaixo.
error-request-id = Número da solicitação:

## Shown by the page script

guide-ipad-notice = Está usando um iPad? O iPad se apresenta aos sites como um Mac.
guide-ipad-link = Mostrar as etapas para iPad
step-no-passkey-warning = Este navegador não consegue criar uma chave de acesso neste dispositivo. Verifique se há um bloqueio de tela configurado ou use outra forma na página inicial.

## Helpdesk runbook

runbook-title = Guia do suporte técnico: { $flow }
runbook-code-help = Quem liga lê um código como DEMO-IPH-IA-3, que aparece no fim da página: organização, dispositivo (IPH iPhone, IPD iPad, SAM Samsung, AND Android, WIN Windows, MAC Mac, CRO Chromebook, LNX Linux), passo a passo (IA iPhone + Authenticator, IC Chaves do iCloud, SA Samsung, AN Gerenciador de senhas do Google, AA Android + Authenticator, WH Windows Hello, MC Mac, SK chave de segurança, XD computador + celular, CH ainda não escolhido) e número da etapa.
runbook-open-guide = Abrir o guia que a pessoa está vendo
runbook-ask-heading = Pergunte primeiro
runbook-ask-device = Qual dispositivo e qual versão do sistema você está usando? (No iPhone: Ajustes { -then } Geral { -then } Sobre.)
runbook-ask-code = Qual é o código que aparece no fim da sua página?
runbook-ask-screen = O que exatamente aparece na tela? Leia para mim palavra por palavra.
runbook-ask-browser = Você abriu o link pelo app de e-mail, pelo Teams ou por um navegador como Safari, Chrome ou Edge?
runbook-steps-heading = Etapas e problemas conhecidos
runbook-step = Etapa { $number }: { $title }
runbook-source = Documentação do fornecedor para esta etapa (verificada em { $date })
handout-title = { $flow }: todas as etapas
handout-qr = Leia o código para abrir este guia no celular:
handout-print-hint = Imprima esta página (Ctrl+P ou ⌘P) para distribuir.
guide-print-all = Imprimir todas as etapas
runbook-others = Outros guias passo a passo
guide-privacy-personal = Este link é pessoal: ele informa à { $company } que você abriu este guia e até onde chegou, e um cookie o guarda enquanto você segue as etapas. Nada mais sobre você é registrado.
