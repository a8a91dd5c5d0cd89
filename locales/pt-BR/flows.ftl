# Walkthrough texts. Every id here is named by the data in src/guide/catalog.rs:
#   flow-{flow}-title, flow-{flow}-summary
#   flow-{flow}-{step}-title, flow-{flow}-{step}-body
#   stuck-{flow}-{step}-{problem} (the symptom) and stuck-{flow}-{step}-{problem}-fix
# The only variable is { $company }, the organisation's name.

## iphone-authenticator

flow-iphone-authenticator-title = iPhone com Microsoft Authenticator
flow-iphone-authenticator-title-ipad = iPad com Microsoft Authenticator
flow-iphone-authenticator-summary = Você terá uma chave de acesso no app Microsoft Authenticator do seu iPhone e poderá entrar com o Face ID. Leva cerca de 5 minutos.
flow-iphone-authenticator-summary-ipad = Você terá uma chave de acesso no app Microsoft Authenticator do seu iPad e poderá entrar com o Face ID ou o Touch ID. Leva cerca de 5 minutos.

flow-iphone-authenticator-update-title = Atualize o seu iPhone
flow-iphone-authenticator-update-title-ipad = Atualize o seu iPad
flow-iphone-authenticator-update-body = Seu iPhone precisa do iOS 17 ou posterior. Abra “Ajustes” { -then } “Geral” { -then } “Atualização de Software” e instale as atualizações que aparecerem.
flow-iphone-authenticator-update-body-ipad = Seu iPad precisa do iPadOS 17 ou posterior. Abra “Ajustes” { -then } “Geral” { -then } “Atualização de Software” e instale as atualizações que aparecerem.
stuck-iphone-authenticator-update-os-too-old = Meu iPhone não atualiza para o iOS 17
stuck-iphone-authenticator-update-os-too-old-ipad = Meu iPad não atualiza para o iPadOS 17
stuck-iphone-authenticator-update-os-too-old-fix = iPhones mais antigos não conseguem guardar uma chave de acesso no Authenticator. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-iphone-authenticator-update-os-too-old-fix-ipad = iPads mais antigos não conseguem guardar uma chave de acesso no Authenticator. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-iphone-authenticator-update-which-version = Não sei qual versão do iOS eu tenho
stuck-iphone-authenticator-update-which-version-ipad = Não sei qual versão do iPadOS eu tenho
stuck-iphone-authenticator-update-which-version-fix = Abra “Ajustes” { -then } “Geral” { -then } “Sobre” e veja “Versão do iOS”.
stuck-iphone-authenticator-update-which-version-fix-ipad = Abra “Ajustes” { -then } “Geral” { -then } “Sobre” e veja “Versão do iPadOS”.

flow-iphone-authenticator-install-authenticator-title = Adicione sua conta corporativa ao Authenticator
flow-iphone-authenticator-install-authenticator-body = Instale o “Microsoft Authenticator” pela App Store, abra o app e passe pelas primeiras telas. Toque em “Adicionar conta corporativa ou de estudante” (ou “Adicionar conta”, ou “+” { -then } “Conta corporativa ou de estudante”), depois em “Entrar”, e entre com sua conta corporativa { $company }. Se a sua conta corporativa já estiver lá, toque nela e depois em “Criar uma chave de acesso” (Create a passkey).
stuck-iphone-authenticator-install-authenticator-account-already-added = O Authenticator já mostra minha conta corporativa
stuck-iphone-authenticator-install-authenticator-account-already-added-fix = Toque na sua conta corporativa, depois em “Criar uma chave de acesso”, e siga para a próxima etapa.
stuck-iphone-authenticator-install-authenticator-cant-sign-in = O Authenticator pede para eu provar que sou eu e não consigo
stuck-iphone-authenticator-install-authenticator-cant-sign-in-fix = Peça à equipe de TI de { $company } um Passe de Acesso Temporário (Temporary Access Pass). Digite-o quando o Authenticator pedir.
stuck-iphone-authenticator-install-authenticator-personal-account = Adicionei minha conta Microsoft pessoal por engano
stuck-iphone-authenticator-install-authenticator-personal-account-fix = Toque em “+” { -then } “Conta corporativa ou de estudante” e entre com seu e-mail do trabalho. Sua conta pessoal pode continuar lá.

flow-iphone-authenticator-enable-provider-title = Deixe o Authenticator salvar chaves de acesso
flow-iphone-authenticator-enable-provider-body = Em “Ajustes”, abra “Geral” { -then } “Preenchimento Automático e Senhas”. Ative “Preencher Senhas e Chaves-senha” (AutoFill Passwords and Passkeys). Em “Preencher Automaticamente de” (AutoFill From), ative “Authenticator”. Depois, volte ao Authenticator.
flow-iphone-authenticator-enable-provider-body-ios17 = Em “Ajustes”, abra “Senhas” { -then } “Opções de Senha”. Ative “Preencher Senhas e Chaves-senha” (AutoFill Passwords and Passkeys). Em “Usar Senhas e Chaves-senha de” (Use Passwords and Passkeys From), ative “Authenticator”. Depois, volte ao Authenticator.
stuck-iphone-authenticator-enable-provider-menu-missing = Não encontro “Preenchimento Automático e Senhas”
stuck-iphone-authenticator-enable-provider-menu-missing-fix = No iOS 17, fica em outro lugar: “Ajustes” { -then } “Senhas” { -then } “Opções de Senha”. Ative “Preencher Senhas e Chaves-senha” e escolha “Authenticator” em “Usar Senhas e Chaves-senha de” (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-menu-missing-fix-ipad = No iPadOS 17, fica em outro lugar: “Ajustes” { -then } “Senhas” { -then } “Opções de Senha”. Ative “Preencher Senhas e Chaves-senha” e escolha “Authenticator” em “Usar Senhas e Chaves-senha de” (Use Passwords and Passkeys From).
stuck-iphone-authenticator-enable-provider-authenticator-not-listed = O Authenticator não aparece na lista
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix = Atualize o Microsoft Authenticator na App Store, abra-o uma vez e procure de novo. Se ainda não aparecer, reinicie o iPhone.
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix-ipad = Atualize o Microsoft Authenticator na App Store, abra-o uma vez e procure de novo. Se ainda não aparecer, reinicie o iPad.
stuck-iphone-authenticator-enable-provider-setting-locked = A opção está acinzentada
stuck-iphone-authenticator-enable-provider-setting-locked-fix = Seu iPhone pode ser gerenciado por { $company }. Fale com a TI e diga que o ajuste de preenchimento automático está bloqueado.
stuck-iphone-authenticator-enable-provider-setting-locked-fix-ipad = Seu iPad pode ser gerenciado por { $company }. Fale com a TI e diga que o ajuste de preenchimento automático está bloqueado.

flow-iphone-authenticator-open-security-info-title = Confira em Informações de segurança
flow-iphone-authenticator-open-security-info-body = Abra Informações de segurança no Safari e entre com sua conta { $company }. Sua nova chave de acesso aparece na lista de métodos de entrada. Depois, volte a este guia e toque em “Terminei”.
stuck-iphone-authenticator-open-security-info-in-app-browser = A página abriu dentro do Outlook ou do Teams
stuck-iphone-authenticator-open-security-info-in-app-browser-fix = Abra no Safari: use a opção do app para abrir o link no navegador ou digite aka.ms/mysecurityinfo no Safari.
stuck-iphone-authenticator-open-security-info-no-passkey-option = Minha chave de acesso não está na lista
stuck-iphone-authenticator-open-security-info-no-passkey-option-fix = Recarregue a página. Se ela ainda não aparecer, confira no Authenticator se a sua conta corporativa mostra “Chave de acesso”; se não mostrar, volte à etapa “Deixe o Authenticator criar a chave de acesso”.
stuck-iphone-authenticator-open-security-info-sign-in-loop = A página continua pedindo para eu entrar com uma chave de acesso que ainda não tenho
stuck-iphone-authenticator-open-security-info-sign-in-loop-fix = Isso vem de uma configuração do lado de { $company }. Fale com a TI, peça um Passe de Acesso Temporário e tente novamente.

flow-iphone-authenticator-create-in-app-title = Deixe o Authenticator criar a chave de acesso
flow-iphone-authenticator-create-in-app-body = Agora o Authenticator cria sua chave de acesso. Responda às verificações de entrada que ele mostrar. Se ele pedir um código, toque em “Configurações”, defina um e volte. Quando ele pedir para ser ativado para chaves de acesso, toque em “Configurações”: a próxima etapa mostra o que ativar lá.
stuck-iphone-authenticator-create-in-app-no-create-option = Não vejo “Criar uma chave de acesso”
stuck-iphone-authenticator-create-in-app-no-create-option-fix = Atualize o Authenticator na App Store e confira se você tocou na sua conta corporativa. Se ainda não aparecer, fale com a equipe de TI de { $company }.
stuck-iphone-authenticator-create-in-app-no-passcode = Aparece que preciso de um código
stuck-iphone-authenticator-create-in-app-no-passcode-fix = Abra “Ajustes” { -then } “Face ID e Código” (ou “Touch ID e Código”) { -then } “Ativar Código”. Depois, volte ao Authenticator.
stuck-iphone-authenticator-create-in-app-passkey-already-exists = Aparece que já existe uma chave de acesso
stuck-iphone-authenticator-create-in-app-passkey-already-exists-fix = No Authenticator, toque na sua conta { -then } “Configurações” { -then } “Excluir chave de acesso” (Delete passkey) e toque em “Criar uma chave de acesso” de novo. Se Minhas Informações de Segurança mostrar uma chave de acesso antiga que você não usa, exclua-a lá também.
stuck-iphone-authenticator-create-in-app-registration-failed = Aparece que não foi possível adicionar a chave de acesso
stuck-iphone-authenticator-create-in-app-registration-failed-fix = Aguarde um minuto e tente de novo; a verificação por trás às vezes está ocupada. Se falhar outra vez, fale com a equipe de TI de { $company } e informe a mensagem exata.

flow-iphone-authenticator-finish-title = Conclua no Authenticator
flow-iphone-authenticator-finish-body = De volta ao Authenticator, toque em “Concluído”. Sua conta corporativa agora mostra “Chave de acesso” como método de entrada. Toque em “Concluído” de novo.
stuck-iphone-authenticator-finish-passkey-not-found = Minha conta não mostra “Chave de acesso”
stuck-iphone-authenticator-finish-passkey-not-found-fix = Confira a etapa anterior: o Authenticator precisa estar ativado para chaves de acesso. Depois, toque na sua conta corporativa { -then } “Criar uma chave de acesso” de novo.
stuck-iphone-authenticator-finish-page-timed-out = O Authenticator expirou ou encerrou minha sessão
stuck-iphone-authenticator-finish-page-timed-out-fix = Abra o Authenticator de novo, toque na sua conta corporativa e depois em “Criar uma chave de acesso”.

## iphone-icloud

flow-iphone-icloud-title = iPhone com as Chaves do iCloud
flow-iphone-icloud-title-ipad = iPad com as Chaves do iCloud
flow-iphone-icloud-summary = Você terá uma chave de acesso salva nas senhas do seu iPhone (Chaves do iCloud), que também funciona nos seus outros dispositivos Apple. Leva cerca de 3 minutos.
flow-iphone-icloud-summary-ipad = Você terá uma chave de acesso salva nas senhas do seu iPad (Chaves do iCloud), que também funciona nos seus outros dispositivos Apple. Leva cerca de 3 minutos.

flow-iphone-icloud-update-title = Atualize o seu iPhone
flow-iphone-icloud-update-title-ipad = Atualize o seu iPad
flow-iphone-icloud-update-body = Seu iPhone precisa do iOS 16 ou posterior. Abra “Ajustes” { -then } “Geral” { -then } “Atualização de Software” e instale as atualizações que aparecerem.
flow-iphone-icloud-update-body-ipad = Seu iPad precisa do iPadOS 16 ou posterior. Abra “Ajustes” { -then } “Geral” { -then } “Atualização de Software” e instale as atualizações que aparecerem.
stuck-iphone-icloud-update-os-too-old = Meu iPhone não atualiza para o iOS 16
stuck-iphone-icloud-update-os-too-old-ipad = Meu iPad não atualiza para o iPadOS 16
stuck-iphone-icloud-update-os-too-old-fix = Este iPhone não consegue guardar chaves de acesso. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-iphone-icloud-update-os-too-old-fix-ipad = Este iPad não consegue guardar chaves de acesso. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-iphone-icloud-update-which-version = Não sei qual versão do iOS eu tenho
stuck-iphone-icloud-update-which-version-ipad = Não sei qual versão do iPadOS eu tenho
stuck-iphone-icloud-update-which-version-fix = Abra “Ajustes” { -then } “Geral” { -then } “Sobre” e veja “Versão do iOS”.
stuck-iphone-icloud-update-which-version-fix-ipad = Abra “Ajustes” { -then } “Geral” { -then } “Sobre” e veja “Versão do iPadOS”.

flow-iphone-icloud-icloud-keychain-title = Ative as Chaves do iCloud
flow-iphone-icloud-icloud-keychain-body = Abra “Ajustes” { -then } seu nome { -then } “iCloud” { -then } “Senhas” e ative “Sincronizar este iPhone”. No iOS 17 ou anterior, toque em “Senhas e Chaves” em vez de “Senhas”.
flow-iphone-icloud-icloud-keychain-body-ipad = Abra “Ajustes” { -then } seu nome { -then } “iCloud” { -then } “Senhas” e ative “Sincronizar este iPad”. No iPadOS 17 ou anterior, toque em “Senhas e Chaves” em vez de “Senhas”.
flow-iphone-icloud-icloud-keychain-body-ios17 = Abra “Ajustes” { -then } seu nome { -then } “iCloud” { -then } “Senhas e Chaves” e ative “Sincronizar este iPhone”.
flow-iphone-icloud-icloud-keychain-body-ios17-ipad = Abra “Ajustes” { -then } seu nome { -then } “iCloud” { -then } “Senhas e Chaves” e ative “Sincronizar este iPad”.
stuck-iphone-icloud-icloud-keychain-no-apple-account = Não tenho sessão iniciada em uma Conta Apple
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix = Toque em “Iniciar Sessão no iPhone”, no topo de “Ajustes”, e inicie a sessão. Se preferir não usar o iCloud, volte e escolha outra forma.
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix-ipad = Toque em “Iniciar Sessão no iPad”, no topo de “Ajustes”, e inicie a sessão. Se preferir não usar o iCloud, volte e escolha outra forma.
stuck-iphone-icloud-icloud-keychain-two-factor-needed = Aparece que preciso de autenticação de dois fatores
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix = Abra “Ajustes” { -then } seu nome { -then } “Início de Sessão e Segurança” e ative a “Autenticação de Dois Fatores”. Depois, volte e ative “Sincronizar este iPhone”.
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix-ipad = Abra “Ajustes” { -then } seu nome { -then } “Início de Sessão e Segurança” e ative a “Autenticação de Dois Fatores”. Depois, volte e ative “Sincronizar este iPad”.
stuck-iphone-icloud-icloud-keychain-no-passcode = Meu iPhone não tem código
stuck-iphone-icloud-icloud-keychain-no-passcode-ipad = Meu iPad não tem código
stuck-iphone-icloud-icloud-keychain-no-passcode-fix = Abra “Ajustes” { -then } “Face ID e Código” (ou “Touch ID e Código”) { -then } “Ativar Código”.

flow-iphone-icloud-open-security-info-title = Comece em Minhas Informações de Segurança
flow-iphone-icloud-open-security-info-body = Abra Minhas Informações de Segurança (aka.ms/mysecurityinfo) no Safari e entre com sua conta { $company }. Toque em “+ Adicionar método de entrada” { -then } “Chave de acesso” e depois em “Avançar”.
stuck-iphone-icloud-open-security-info-in-app-browser = A página abriu dentro do Outlook ou do Teams
stuck-iphone-icloud-open-security-info-in-app-browser-fix = Muitas vezes não dá para salvar chaves de acesso dentro de outro app. Use a opção do app para abrir o link no navegador ou digite aka.ms/mysecurityinfo no Safari.
stuck-iphone-icloud-open-security-info-no-passkey-option = Não vejo “Chave de acesso” na lista
stuck-iphone-icloud-open-security-info-no-passkey-option-fix = Talvez { $company } ainda não tenha ativado as chaves de acesso para você. Fale com a TI e pergunte que tipo de chave de acesso você deve usar.
stuck-iphone-icloud-open-security-info-only-authenticator = Só vejo “Chave de acesso no Microsoft Authenticator”
stuck-iphone-icloud-open-security-info-only-authenticator-fix = { $company } quer que sua chave de acesso fique no Microsoft Authenticator. Volte e escolha o guia “iPhone com Microsoft Authenticator”.
stuck-iphone-icloud-open-security-info-only-authenticator-fix-ipad = { $company } quer que sua chave de acesso fique no Microsoft Authenticator. Volte e escolha o guia “iPad com Microsoft Authenticator”.

flow-iphone-icloud-save-passkey-title = Salve a chave de acesso no iPhone
flow-iphone-icloud-save-passkey-title-ipad = Salve a chave de acesso no iPad
flow-iphone-icloud-save-passkey-body = Toque em “Avançar” de novo. Quando o iPhone oferecer salvar uma chave-senha, toque em “Continuar” e confirme com o Face ID, o Touch ID ou o código. Se ele perguntar onde salvar, escolha “Senhas” (ou “Chaves do iCloud”).
flow-iphone-icloud-save-passkey-body-ipad = Toque em “Avançar” de novo. Quando o iPad oferecer salvar uma chave-senha, toque em “Continuar” e confirme com o Face ID, o Touch ID ou o código. Se ele perguntar onde salvar, escolha “Senhas” (ou “Chaves do iCloud”).
stuck-iphone-icloud-save-passkey-not-allowed = Aparece que minha organização não permite esta chave de acesso
stuck-iphone-icloud-save-passkey-not-allowed-fix = { $company } só permite chaves de acesso que ficam em um único dispositivo. Volte e escolha o guia “iPhone com Microsoft Authenticator”.
stuck-iphone-icloud-save-passkey-not-allowed-fix-ipad = { $company } só permite chaves de acesso que ficam em um único dispositivo. Volte e escolha o guia “iPad com Microsoft Authenticator”.
stuck-iphone-icloud-save-passkey-saved-elsewhere = A chave de acesso foi salva em outro app
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix = Confira em Minhas Informações de Segurança: se a chave de acesso estiver na lista, está tudo pronto. Se não estiver, tente de novo e escolha “Senhas” quando o iPhone perguntar onde salvar.
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix-ipad = Confira em Minhas Informações de Segurança: se a chave de acesso estiver na lista, está tudo pronto. Se não estiver, tente de novo e escolha “Senhas” quando o iPad perguntar onde salvar.
stuck-iphone-icloud-save-passkey-nothing-happens = Nada acontece depois que toco em “Avançar”
stuck-iphone-icloud-save-passkey-nothing-happens-fix = Confira se a página está aberta no Safari e se as Chaves do iCloud estão ativadas. Depois, recomece em “+ Adicionar método de entrada”.

flow-iphone-icloud-name-it-title = Dê um nome à sua chave de acesso
flow-iphone-icloud-name-it-body = Digite um nome fácil de reconhecer, como “Meu iPhone”, e toque em “Avançar”. Depois, toque em “Concluído”. A chave de acesso agora aparece na sua lista de métodos de entrada.
flow-iphone-icloud-name-it-body-ipad = Digite um nome fácil de reconhecer, como “Meu iPad”, e toque em “Avançar”. Depois, toque em “Concluído”. A chave de acesso agora aparece na sua lista de métodos de entrada.
stuck-iphone-icloud-name-it-closed-too-early = Fechei a página antes de dar um nome
stuck-iphone-icloud-name-it-closed-too-early-fix = Abra Minhas Informações de Segurança. Se a chave de acesso estiver na lista, está tudo pronto. Se não estiver, recomece em “+ Adicionar método de entrada”.

## samsung

flow-samsung-title = Samsung Galaxy com Microsoft Authenticator
flow-samsung-summary = Você terá uma chave de acesso no app Microsoft Authenticator do seu Galaxy e poderá entrar com a impressão digital, o rosto ou o PIN. Leva cerca de 5 minutos.

flow-samsung-update-title = Atualize o seu Galaxy
flow-samsung-update-body = Seu celular precisa do Android 14 ou posterior. Abra “Configurações” { -then } “Atualização de software” { -then } “Baixar e instalar” e instale as atualizações que aparecerem.
stuck-samsung-update-os-too-old = Meu celular não atualiza para o Android 14
stuck-samsung-update-os-too-old-fix = Este celular não consegue guardar uma chave de acesso no Authenticator. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-samsung-update-which-version = Não sei qual versão do Android eu tenho
stuck-samsung-update-which-version-fix = Abra “Configurações” { -then } “Sobre o telefone” { -then } “Informações do software” e veja “Versão do Android”.

flow-samsung-install-authenticator-title = Adicione sua conta corporativa ao Authenticator
flow-samsung-install-authenticator-body = Instale o “Microsoft Authenticator” pela Play Store, abra o app e passe pelas primeiras telas. Toque em “Adicionar conta corporativa ou de estudante” (ou “Adicionar conta”, ou “+” { -then } “Conta corporativa ou de estudante”), depois em “Entrar”, e entre com sua conta corporativa { $company }. Se a sua conta corporativa já estiver lá, toque nela e depois em “Criar uma chave de acesso” (Create a passkey).
stuck-samsung-install-authenticator-work-profile = Meu celular tem um perfil de trabalho (apps com uma maleta)
stuck-samsung-install-authenticator-work-profile-fix = Uma chave de acesso só funciona no perfil em que foi salva. Use o Authenticator no perfil onde estão seus apps de trabalho. Se você usa apps de trabalho nos dois perfis, crie uma chave de acesso em cada um.
stuck-samsung-install-authenticator-account-already-added = O Authenticator já mostra minha conta corporativa
stuck-samsung-install-authenticator-account-already-added-fix = Toque na sua conta corporativa, depois em “Criar uma chave de acesso”, e siga para a próxima etapa.
stuck-samsung-install-authenticator-cant-sign-in = O Authenticator pede para eu provar que sou eu e não consigo
stuck-samsung-install-authenticator-cant-sign-in-fix = Peça à equipe de TI de { $company } um Passe de Acesso Temporário (Temporary Access Pass). Digite-o quando o Authenticator pedir.

flow-samsung-enable-provider-title = Defina o Authenticator como seu app de chaves de acesso
flow-samsung-enable-provider-body = Em “Configurações”, abra “Gerenciamento geral” { -then } “Senhas, chaves de acesso e preenchimento automático” (Passwords, passkeys and autofill) e ative “Authenticator”. O Samsung Pass pode continuar ativado. Depois, volte ao Authenticator.
stuck-samsung-enable-provider-menu-missing = Não encontro “Senhas, chaves de acesso e preenchimento automático”
stuck-samsung-enable-provider-menu-missing-fix = Abra “Configurações”, toque no ícone de pesquisa e digite “chaves de acesso”. O nome do menu muda um pouco de uma versão de celular para outra.
stuck-samsung-enable-provider-authenticator-not-listed = O Authenticator não aparece na lista ou não ativa
stuck-samsung-enable-provider-authenticator-not-listed-fix = Atualize o Authenticator na Play Store, abra-o uma vez e procure de novo. No Android 14, se ainda não ativar, atualize o celular para o Android 15.

flow-samsung-open-security-info-title = Confira em Informações de segurança
flow-samsung-open-security-info-body = Abra Informações de segurança no Chrome ou no Samsung Internet e entre com sua conta { $company }. Sua nova chave de acesso aparece na lista de métodos de entrada. Depois, volte a este guia e toque em “Terminei”.
stuck-samsung-open-security-info-in-app-browser = A página abriu dentro do Outlook ou do Teams
stuck-samsung-open-security-info-in-app-browser-fix = Abra no Chrome ou no Samsung Internet: use a opção do app para abrir o link no navegador ou digite aka.ms/mysecurityinfo.
stuck-samsung-open-security-info-no-passkey-option = Minha chave de acesso não está na lista
stuck-samsung-open-security-info-no-passkey-option-fix = Recarregue a página. Se ela ainda não aparecer, confira no Authenticator se a sua conta corporativa mostra “Chave de acesso”; se não mostrar, volte à etapa “Deixe o Authenticator criar a chave de acesso”.
stuck-samsung-open-security-info-sign-in-loop = A página continua pedindo para eu entrar com uma chave de acesso que ainda não tenho
stuck-samsung-open-security-info-sign-in-loop-fix = Isso vem de uma configuração do lado de { $company }. Fale com a TI, peça um Passe de Acesso Temporário e tente novamente.

flow-samsung-create-in-app-title = Deixe o Authenticator criar a chave de acesso
flow-samsung-create-in-app-body = Agora o Authenticator cria sua chave de acesso. Responda às verificações de entrada que ele mostrar. Se ele pedir um bloqueio de tela, toque em “Configurações”, defina um e volte. Quando ele pedir para ser ativado para chaves de acesso, toque em “Configurações”: a próxima etapa mostra o que ativar lá.
stuck-samsung-create-in-app-samsung-pass-appears = O Samsung Pass aparece para salvar a chave de acesso
stuck-samsung-create-in-app-samsung-pass-appears-fix = Não salve no Samsung Pass. Toque em “Salvar de outra forma” (Save another way; em alguns celulares, “Outras opções”) e escolha “Authenticator”. Se o Authenticator não aparecer, confira a etapa “Defina o Authenticator como seu app de chaves de acesso”.
stuck-samsung-create-in-app-saved-in-samsung-pass = Salvei no Samsung Pass por engano
stuck-samsung-create-in-app-saved-in-samsung-pass-fix = Abra Informações de segurança e exclua essa chave de acesso. Depois, no Authenticator, toque na sua conta corporativa { -then } “Criar uma chave de acesso” e escolha “Authenticator” quando perguntarem onde salvá-la.
stuck-samsung-create-in-app-no-screen-lock = Aparece que preciso de um bloqueio de tela
stuck-samsung-create-in-app-no-screen-lock-fix = Abra “Configurações”, pesquise “Tipo de bloqueio de tela” e escolha PIN, padrão ou senha. Depois, volte ao Authenticator.
stuck-samsung-create-in-app-passkey-already-exists = Aparece que já existe uma chave de acesso
stuck-samsung-create-in-app-passkey-already-exists-fix = No Authenticator, toque na sua conta { -then } “Configurações” { -then } “Excluir chave de acesso” (Delete passkey) e toque em “Criar uma chave de acesso” de novo.

flow-samsung-finish-title = Conclua no Authenticator
flow-samsung-finish-body = De volta ao Authenticator, toque em “Concluído”. Sua conta corporativa agora mostra “Chave de acesso” como método de entrada. Toque em “Concluído” de novo.
stuck-samsung-finish-passkey-not-found = Minha conta não mostra “Chave de acesso”
stuck-samsung-finish-passkey-not-found-fix = Confira a etapa anterior: o Authenticator precisa estar ativado para chaves de acesso. Depois, toque na sua conta corporativa { -then } “Criar uma chave de acesso” de novo.
stuck-samsung-finish-page-timed-out = O Authenticator expirou ou encerrou minha sessão
stuck-samsung-finish-page-timed-out-fix = Abra o Authenticator de novo, toque na sua conta corporativa e depois em “Criar uma chave de acesso”.

## android

flow-android-title = Celular Android com o Gerenciador de senhas do Google
flow-android-summary = Você terá uma chave de acesso salva no Gerenciador de senhas do Google, que também funciona nos seus outros dispositivos conectados à mesma Conta do Google. Leva cerca de 3 minutos.

flow-android-screen-lock-title = Confira o bloqueio de tela
flow-android-screen-lock-body = Seu celular precisa do Android 9 ou posterior e de um bloqueio de tela. Abra “Configurações”, pesquise “Bloqueio de tela” e escolha PIN, padrão ou senha, se ainda não tiver um.
stuck-android-screen-lock-os-too-old = Meu celular tem Android 8 ou anterior
stuck-android-screen-lock-os-too-old-fix = Este celular não consegue guardar chaves de acesso. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-android-screen-lock-which-version = Não sei qual versão do Android eu tenho
stuck-android-screen-lock-which-version-fix = Abra “Configurações” { -then } “Sobre o telefone” e veja “Versão do Android”.

flow-android-check-google-title = Confira o Gerenciador de senhas do Google
flow-android-check-google-body = Verifique se este celular está conectado à sua Conta do Google. No Android 14 ou posterior, abra “Configurações”, pesquise “chaves de acesso” e confira se “Google” está selecionado ou ativado.
stuck-android-check-google-no-google-account = Não há nenhuma Conta do Google neste celular
stuck-android-check-google-no-google-account-fix = Abra “Configurações”, pesquise “Contas” e adicione sua Conta do Google. Se preferir não usar o Google, volte e escolha outra forma.
stuck-android-check-google-other-app-preferred = Outro app está definido como meu app de senhas
stuck-android-check-google-other-app-preferred-fix = Esse app pode tentar salvar a chave de acesso no lugar do Google. Escolha “Google” quando o celular perguntar onde salvar.
stuck-android-check-google-work-profile = Meu celular tem um perfil de trabalho (apps com uma maleta)
stuck-android-check-google-work-profile-fix = Uma chave de acesso só funciona no perfil em que foi salva. Abra a próxima etapa no navegador do perfil que você usa para trabalhar.

flow-android-open-security-info-title = Comece em Minhas Informações de Segurança
flow-android-open-security-info-body = Abra Minhas Informações de Segurança (aka.ms/mysecurityinfo) no Chrome e entre com sua conta { $company }. Toque em “+ Adicionar método de entrada” { -then } “Chave de acesso” e depois em “Avançar”.
stuck-android-open-security-info-in-app-browser = A página abriu dentro do Outlook ou do Teams
stuck-android-open-security-info-in-app-browser-fix = Muitas vezes não dá para salvar chaves de acesso dentro de outro app. Use a opção do app para abrir o link no navegador ou digite aka.ms/mysecurityinfo no Chrome.
stuck-android-open-security-info-no-passkey-option = Não vejo “Chave de acesso” na lista
stuck-android-open-security-info-no-passkey-option-fix = Talvez { $company } ainda não tenha ativado as chaves de acesso para você. Fale com a TI e pergunte que tipo de chave de acesso você deve usar.
stuck-android-open-security-info-only-authenticator = Só vejo “Chave de acesso no Microsoft Authenticator”
stuck-android-open-security-info-only-authenticator-fix = { $company } quer que sua chave de acesso fique no Microsoft Authenticator. Volte e escolha o guia “Celular Android com Microsoft Authenticator”.

flow-android-save-passkey-title = Salve a chave de acesso
flow-android-save-passkey-body = Quando o celular oferecer criar uma chave de acesso, confira se aparece Gerenciador de senhas do Google e toque em “Continuar”. Desbloqueie com a impressão digital, o rosto ou o bloqueio de tela.
stuck-android-save-passkey-not-allowed = Aparece que minha organização não permite esta chave de acesso
stuck-android-save-passkey-not-allowed-fix = { $company } só permite chaves de acesso que ficam em um único dispositivo. Volte e escolha o guia “Celular Android com Microsoft Authenticator”.
stuck-android-save-passkey-other-app-offered = Outro app oferece salvar a chave
stuck-android-save-passkey-other-app-offered-fix = Toque em “Salvar de outra forma” (Save another way; ou “Outras opções”) e escolha “Gerenciador de senhas do Google”.
stuck-android-save-passkey-nothing-happens = Nada aparece
stuck-android-save-passkey-nothing-happens-fix = Confira se a página está aberta no Chrome e se o bloqueio de tela está ativado. Atualize o Chrome e o Google Play Services na Play Store e recomece em “+ Adicionar método de entrada”.

flow-android-name-it-title = Dê um nome à sua chave de acesso
flow-android-name-it-body = Digite um nome fácil de reconhecer, como “Meu celular”, e toque em “Avançar”. Depois, toque em “Concluído”. A chave de acesso agora aparece na sua lista de métodos de entrada.
stuck-android-name-it-closed-too-early = Fechei a página antes de dar um nome
stuck-android-name-it-closed-too-early-fix = Abra Minhas Informações de Segurança. Se a chave de acesso estiver na lista, está tudo pronto. Se não estiver, recomece em “+ Adicionar método de entrada”.

## android-authenticator

flow-android-authenticator-title = Celular Android com Microsoft Authenticator
flow-android-authenticator-summary = Você terá uma chave de acesso no app Microsoft Authenticator do seu celular e poderá entrar com a impressão digital, o rosto ou o PIN. Leva cerca de 5 minutos.

flow-android-authenticator-update-title = Atualize o seu celular
flow-android-authenticator-update-body = Seu celular precisa do Android 14 ou posterior. Abra “Configurações”, pesquise “Atualização do sistema” e instale as atualizações que aparecerem.
stuck-android-authenticator-update-os-too-old = Meu celular não atualiza para o Android 14
stuck-android-authenticator-update-os-too-old-fix = Este celular não consegue guardar uma chave de acesso no Authenticator. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-android-authenticator-update-which-version = Não sei qual versão do Android eu tenho
stuck-android-authenticator-update-which-version-fix = Abra “Configurações” { -then } “Sobre o telefone” e veja “Versão do Android”.

flow-android-authenticator-install-authenticator-title = Adicione sua conta corporativa ao Authenticator
flow-android-authenticator-install-authenticator-body = Instale o “Microsoft Authenticator” pela Play Store, abra o app e passe pelas primeiras telas. Toque em “Adicionar conta corporativa ou de estudante” (ou “Adicionar conta”, ou “+” { -then } “Conta corporativa ou de estudante”), depois em “Entrar”, e entre com sua conta corporativa { $company }. Se a sua conta corporativa já estiver lá, toque nela e depois em “Criar uma chave de acesso” (Create a passkey).
stuck-android-authenticator-install-authenticator-work-profile = Meu celular tem um perfil de trabalho (apps com uma maleta)
stuck-android-authenticator-install-authenticator-work-profile-fix = Uma chave de acesso só funciona no perfil em que foi salva. Use o Authenticator no perfil onde estão seus apps de trabalho. Se você usa apps de trabalho nos dois perfis, crie uma chave de acesso em cada um.
stuck-android-authenticator-install-authenticator-account-already-added = O Authenticator já mostra minha conta corporativa
stuck-android-authenticator-install-authenticator-account-already-added-fix = Toque na sua conta corporativa, depois em “Criar uma chave de acesso”, e siga para a próxima etapa.
stuck-android-authenticator-install-authenticator-cant-sign-in = O Authenticator pede para eu provar que sou eu e não consigo
stuck-android-authenticator-install-authenticator-cant-sign-in-fix = Peça à equipe de TI de { $company } um Passe de Acesso Temporário (Temporary Access Pass). Digite-o quando o Authenticator pedir.

flow-android-authenticator-enable-provider-title = Deixe o Authenticator salvar chaves de acesso
flow-android-authenticator-enable-provider-body = Em “Configurações”, abra “Senhas e contas”. Em “Provedores adicionais” (Additional providers), ative “Authenticator”. Depois, volte ao Authenticator.
stuck-android-authenticator-enable-provider-menu-missing = Os menus do meu celular são diferentes
stuck-android-authenticator-enable-provider-menu-missing-fix = Abra “Configurações”, toque na barra de pesquisa e digite “chaves de acesso”. Abra o resultado sobre senhas e chaves de acesso e ative “Authenticator”.
stuck-android-authenticator-enable-provider-authenticator-not-listed = O Authenticator não aparece na lista ou não ativa
stuck-android-authenticator-enable-provider-authenticator-not-listed-fix = Atualize o Authenticator na Play Store, abra-o uma vez e procure de novo. No Android 14, se ainda não ativar, atualize o celular para o Android 15.

flow-android-authenticator-open-security-info-title = Confira em Informações de segurança
flow-android-authenticator-open-security-info-body = Abra Informações de segurança no Chrome e entre com sua conta { $company }. Sua nova chave de acesso aparece na lista de métodos de entrada. Depois, volte a este guia e toque em “Terminei”.
stuck-android-authenticator-open-security-info-in-app-browser = A página abriu dentro do Outlook ou do Teams
stuck-android-authenticator-open-security-info-in-app-browser-fix = Abra no Chrome: use a opção do app para abrir o link no navegador ou digite aka.ms/mysecurityinfo no Chrome.
stuck-android-authenticator-open-security-info-no-passkey-option = Minha chave de acesso não está na lista
stuck-android-authenticator-open-security-info-no-passkey-option-fix = Recarregue a página. Se ela ainda não aparecer, confira no Authenticator se a sua conta corporativa mostra “Chave de acesso”; se não mostrar, volte à etapa “Deixe o Authenticator criar a chave de acesso”.
stuck-android-authenticator-open-security-info-sign-in-loop = A página continua pedindo para eu entrar com uma chave de acesso que ainda não tenho
stuck-android-authenticator-open-security-info-sign-in-loop-fix = Isso vem de uma configuração do lado de { $company }. Fale com a TI, peça um Passe de Acesso Temporário e tente novamente.

flow-android-authenticator-create-in-app-title = Deixe o Authenticator criar a chave de acesso
flow-android-authenticator-create-in-app-body = Agora o Authenticator cria sua chave de acesso. Responda às verificações de entrada que ele mostrar. Se ele pedir um bloqueio de tela, toque em “Configurações”, defina um e volte. Quando ele pedir para ser ativado para chaves de acesso, toque em “Configurações”: a próxima etapa mostra o que ativar lá.
stuck-android-authenticator-create-in-app-other-app-offered = O Gerenciador de senhas do Google ou outro app oferece salvar a chave
stuck-android-authenticator-create-in-app-other-app-offered-fix = Não salve lá. Toque em “Salvar de outra forma” (Save another way; ou “Outras opções”) e escolha “Authenticator”. Se o Authenticator não aparecer, confira a etapa “Deixe o Authenticator salvar chaves de acesso”.
stuck-android-authenticator-create-in-app-no-screen-lock = Aparece que preciso de um bloqueio de tela
stuck-android-authenticator-create-in-app-no-screen-lock-fix = Abra “Configurações”, pesquise “Bloqueio de tela” e escolha PIN, padrão ou senha. Depois, volte ao Authenticator.
stuck-android-authenticator-create-in-app-passkey-already-exists = Aparece que já existe uma chave de acesso
stuck-android-authenticator-create-in-app-passkey-already-exists-fix = No Authenticator, toque na sua conta { -then } “Configurações” { -then } “Excluir chave de acesso” (Delete passkey) e toque em “Criar uma chave de acesso” de novo.
stuck-android-authenticator-create-in-app-registration-failed = Aparece que não foi possível adicionar a chave de acesso
stuck-android-authenticator-create-in-app-registration-failed-fix = Aguarde um minuto e tente de novo; a verificação por trás às vezes está ocupada. Se falhar outra vez, fale com a equipe de TI de { $company } e informe a mensagem exata.

flow-android-authenticator-finish-title = Conclua no Authenticator
flow-android-authenticator-finish-body = De volta ao Authenticator, toque em “Concluído”. Sua conta corporativa agora mostra “Chave de acesso” como método de entrada. Toque em “Concluído” de novo.
stuck-android-authenticator-finish-passkey-not-found = Minha conta não mostra “Chave de acesso”
stuck-android-authenticator-finish-passkey-not-found-fix = Confira a etapa anterior: o Authenticator precisa estar ativado para chaves de acesso. Depois, toque na sua conta corporativa { -then } “Criar uma chave de acesso” de novo.
stuck-android-authenticator-finish-page-timed-out = O Authenticator expirou ou encerrou minha sessão
stuck-android-authenticator-finish-page-timed-out-fix = Abra o Authenticator de novo, toque na sua conta corporativa e depois em “Criar uma chave de acesso”.

## windows-hello

flow-windows-hello-title = PC com Windows e Windows Hello
flow-windows-hello-summary = Você terá uma chave de acesso guardada neste PC, desbloqueada com o rosto, a impressão digital ou o PIN do Windows Hello. Leva cerca de 3 minutos.

flow-windows-hello-set-up-hello-title = Configure o Windows Hello
flow-windows-hello-set-up-hello-body = Abra “Configurações” { -then } “Contas” { -then } “Opções de entrada”. Se ainda não tiver um PIN, selecione “PIN (Windows Hello)” { -then } “Configurar”. Ali você também pode adicionar rosto ou impressão digital.
stuck-windows-hello-set-up-hello-greyed-out = As opções do Windows Hello estão acinzentadas
stuck-windows-hello-set-up-hello-greyed-out-fix = Seu PC pode ser gerenciado por { $company }. Fale com a TI e peça que liberem o Windows Hello, ou volte e escolha outra forma.
stuck-windows-hello-set-up-hello-no-face-or-fingerprint = Meu PC não tem entrada com rosto nem impressão digital
stuck-windows-hello-set-up-hello-no-face-or-fingerprint-fix = Sem problemas: um PIN do Windows Hello é suficiente.
stuck-windows-hello-set-up-hello-old-windows = Meu PC não é atualizado há um tempo
stuck-windows-hello-set-up-hello-old-windows-fix = Abra “Configurações” { -then } “Windows Update” { -then } “Verificar se há atualizações”, instale o que for oferecido e reinicie.

flow-windows-hello-open-security-info-title = Comece em Minhas Informações de Segurança
flow-windows-hello-open-security-info-body = Abra Minhas Informações de Segurança (aka.ms/mysecurityinfo) no Microsoft Edge ou no Chrome e entre com sua conta { $company }. Selecione “+ Adicionar método de entrada” { -then } “Chave de acesso” e depois “Avançar”.
stuck-windows-hello-open-security-info-no-passkey-option = Não vejo “Chave de acesso” na lista
stuck-windows-hello-open-security-info-no-passkey-option-fix = Talvez { $company } ainda não tenha ativado as chaves de acesso para você. Fale com a TI e pergunte que tipo de chave de acesso você deve usar.
stuck-windows-hello-open-security-info-only-authenticator = Só vejo “Chave de acesso no Microsoft Authenticator”
stuck-windows-hello-open-security-info-only-authenticator-fix = { $company } quer que sua chave de acesso fique no Microsoft Authenticator do seu celular. Volte e escolha o guia para computador e celular.

flow-windows-hello-save-passkey-title = Salve neste PC
flow-windows-hello-save-passkey-body = O Windows mostra “Salvar sua chave de acesso” (Save your passkey) com “Ela será salva no seu dispositivo Windows” (This will be saved to your Windows device). Selecione “OK” e confirme com o rosto, a impressão digital ou o PIN. (Se aparecer outro lugar, selecione “Alterar” e escolha este dispositivo Windows.)
flow-windows-hello-save-passkey-body-windows10 = Uma janela de Segurança do Windows pede que você confirme com o Windows Hello. Use o rosto, a impressão digital ou o PIN, como ela pedir, e mantenha a chave de acesso neste PC.
stuck-windows-hello-save-passkey-no-windows-option = “Este dispositivo Windows” não aparece
stuck-windows-hello-save-passkey-no-windows-option-fix = Primeiro, configure um PIN do Windows Hello (etapa 1) e depois recomece em “+ Adicionar método de entrada”.
stuck-windows-hello-save-passkey-browser-offers-other-app = Meu navegador oferece salvar em um gerenciador de senhas
stuck-windows-hello-save-passkey-browser-offers-other-app-fix = Escolha “Salvar de outra forma” (Save another way; ou “Mais opções”) e selecione a opção do Windows Hello ou deste dispositivo Windows.
stuck-windows-hello-save-passkey-already-registered = Aparece que já há uma chave de acesso registrada
stuck-windows-hello-save-passkey-already-registered-fix = Em um computador de { $company }, o Windows Hello pode já estar configurado para a sua conta corporativa, e o Windows não consegue guardar uma segunda chave de acesso para ela. Você já pode entrar neste PC com o Windows Hello; para outros dispositivos, volte e escolha o guia do celular.
stuck-windows-hello-save-passkey-not-allowed = Aparece que esta chave de acesso não é permitida
stuck-windows-hello-save-passkey-not-allowed-fix = Talvez { $company } ainda não permita chaves de acesso no Windows Hello. Fale com a TI ou volte e escolha outra forma.

flow-windows-hello-name-it-title = Dê um nome à sua chave de acesso
flow-windows-hello-name-it-body = Digite um nome fácil de reconhecer, como “Meu notebook”, e selecione “Avançar”. Depois, selecione “Concluído”. A chave de acesso agora aparece na sua lista de métodos de entrada.
stuck-windows-hello-name-it-closed-too-early = Fechei a página antes de dar um nome
stuck-windows-hello-name-it-closed-too-early-fix = Abra Minhas Informações de Segurança. Se a chave de acesso estiver na lista, está tudo pronto. Se não estiver, recomece em “+ Adicionar método de entrada”.

## mac

flow-mac-title = Mac com as Chaves do iCloud
flow-mac-summary = Você terá uma chave de acesso salva nas Chaves do iCloud, desbloqueada com o Touch ID ou a senha do Mac e pronta nos seus outros dispositivos Apple. Leva cerca de 3 minutos.

flow-mac-update-title = Atualize o seu Mac
flow-mac-update-body = Seu Mac precisa do macOS 13 Ventura ou posterior. Escolha menu Apple { -then } “Ajustes do Sistema” { -then } “Geral” { -then } “Atualização de Software” e instale as atualizações que aparecerem.
stuck-mac-update-os-too-old = Meu Mac não atualiza para o macOS 13
stuck-mac-update-os-too-old-fix = Este Mac não consegue salvar chaves de acesso. Volte e escolha o guia para computador e celular, ou pergunte à equipe de TI de { $company } que outra forma você pode usar.
stuck-mac-update-which-version = Não sei qual versão do macOS eu tenho
stuck-mac-update-which-version-fix = Escolha menu Apple { -then } “Sobre Este Mac” e veja o número da versão.

flow-mac-icloud-keychain-title = Ative as Chaves do iCloud
flow-mac-icloud-keychain-body = Escolha menu Apple { -then } “Ajustes do Sistema” { -then } seu nome { -then } “iCloud” { -then } “Senhas” e ative “Sincronizar este Mac”. No macOS Sonoma ou anterior, clique em “Senhas e Chaves” em vez de “Senhas”.
flow-mac-icloud-keychain-body-macos14 = Escolha menu Apple { -then } “Ajustes do Sistema” { -then } seu nome { -then } “iCloud” { -then } “Senhas e Chaves” e ative “Sincronizar este Mac”.
stuck-mac-icloud-keychain-no-apple-account = Não tenho sessão iniciada em uma Conta Apple
stuck-mac-icloud-keychain-no-apple-account-fix = Clique em “Iniciar Sessão”, no topo de “Ajustes do Sistema”, e inicie a sessão. Se preferir não usar o iCloud, volte e escolha outra forma.
stuck-mac-icloud-keychain-two-factor-needed = Aparece que preciso de autenticação de dois fatores
stuck-mac-icloud-keychain-two-factor-needed-fix = Escolha menu Apple { -then } “Ajustes do Sistema” { -then } seu nome { -then } “Início de Sessão e Segurança” e ative a “Autenticação de Dois Fatores”. Depois, ative “Sincronizar este Mac”.

flow-mac-open-security-info-title = Comece em Minhas Informações de Segurança
flow-mac-open-security-info-body = Abra Minhas Informações de Segurança (aka.ms/mysecurityinfo) no Safari e entre com sua conta { $company }. Clique em “+ Adicionar método de entrada” { -then } “Chave de acesso” e depois em “Avançar”.
stuck-mac-open-security-info-no-passkey-option = Não vejo “Chave de acesso” na lista
stuck-mac-open-security-info-no-passkey-option-fix = Talvez { $company } ainda não tenha ativado as chaves de acesso para você. Fale com a TI e pergunte que tipo de chave de acesso você deve usar.
stuck-mac-open-security-info-only-authenticator = Só vejo “Chave de acesso no Microsoft Authenticator”
stuck-mac-open-security-info-only-authenticator-fix = { $company } quer que sua chave de acesso fique no Microsoft Authenticator do seu celular. Volte e escolha o guia para computador e celular.

flow-mac-save-passkey-title = Salve a chave de acesso no Mac
flow-mac-save-passkey-body = Quando o Mac oferecer salvar uma chave-senha, clique em “Continuar” e use o Touch ID ou a senha do Mac.
stuck-mac-save-passkey-chrome-other-place = Uso o Chrome e ele quer salvar em outro lugar
stuck-mac-save-passkey-chrome-other-place-fix = Escolha “Chaves do iCloud” quando o Chrome perguntar onde salvar. Se o Mac perguntar se o Chrome pode usar suas chaves-senha, permita. Ou simplesmente use o Safari.
stuck-mac-save-passkey-only-qr-code = Só aparece um código QR para celular
stuck-mac-save-passkey-only-qr-code-fix = Seu Mac ainda não consegue salvar chaves de acesso. Confira se as Chaves do iCloud estão ativadas (etapa 2) e recomece no Safari.
stuck-mac-save-passkey-not-allowed = Aparece que minha organização não permite esta chave de acesso
stuck-mac-save-passkey-not-allowed-fix = { $company } só permite chaves de acesso que ficam em um único dispositivo. Volte e escolha o guia para computador e celular.

flow-mac-name-it-title = Dê um nome à sua chave de acesso
flow-mac-name-it-body = Digite um nome fácil de reconhecer, como “Meu Mac”, e clique em “Avançar”. Depois, clique em “Concluído”. A chave de acesso agora aparece na sua lista de métodos de entrada.
stuck-mac-name-it-closed-too-early = Fechei a página antes de dar um nome
stuck-mac-name-it-closed-too-early-fix = Abra Minhas Informações de Segurança. Se a chave de acesso estiver na lista, está tudo pronto. Se não estiver, recomece em “+ Adicionar método de entrada”.

## security-key

flow-security-key-title = Chave de segurança
flow-security-key-summary = Você vai registrar sua chave de segurança para entrar conectando-a (ou encostando-a) e digitando o PIN dela. Leva cerca de 5 minutos.

flow-security-key-get-key-title = Tenha sua chave de segurança em mãos
flow-security-key-get-key-body = Pegue a chave de segurança que você recebeu de { $company }. Faça estas etapas em um PC com Windows ou em um Mac.
stuck-security-key-get-key-no-key = Não tenho uma chave de segurança
stuck-security-key-get-key-no-key-fix = Peça uma à equipe de TI de { $company } ou volte e escolha outra forma.
stuck-security-key-get-key-doesnt-fit = A chave não encaixa no meu computador
stuck-security-key-get-key-doesnt-fit-fix = Use um adaptador entre USB-C e USB-A ou peça à TI uma chave que encaixe.
stuck-security-key-get-key-chromebook = Estou usando um Chromebook
stuck-security-key-get-key-chromebook-fix = Não é possível adicionar uma chave de segurança em um Chromebook. Adicione-a uma vez em um PC com Windows ou em um Mac.

flow-security-key-set-pin-title = Defina um PIN para a chave
flow-security-key-set-pin-body = Sua chave precisa de um PIN. No Windows, abra “Configurações” { -then } “Contas” { -then } “Opções de entrada” { -then } “Chave de segurança” { -then } “Gerenciar”, insira a chave e adicione um PIN. Se ela já tiver um, pule esta etapa.
stuck-security-key-set-pin-on-a-mac = Estou usando um Mac
stuck-security-key-set-pin-on-a-mac-fix = O Mac não tem um ajuste para isso. Defina o PIN com o app do fabricante da chave ou em um PC com Windows, ou peça ajuda à equipe de TI de { $company }.
stuck-security-key-set-pin-forgot-pin = Esqueci o PIN da minha chave
stuck-security-key-set-pin-forgot-pin-fix = Um PIN esquecido só se resolve redefinindo a chave, o que apaga tudo o que há nela. Se a chave foi entregue por { $company }, fale com a TI primeiro; caso contrário, use “Redefinir” (Reset) na mesma janela “Gerenciar”.

flow-security-key-open-security-info-title = Comece em Minhas Informações de Segurança
flow-security-key-open-security-info-body = No computador, abra Minhas Informações de Segurança (aka.ms/mysecurityinfo) e entre com sua conta { $company }. Clique em “+ Adicionar método de entrada” { -then } “Chave de acesso” e depois em “Avançar”.
stuck-security-key-open-security-info-no-passkey-option = Não vejo “Chave de acesso” na lista
stuck-security-key-open-security-info-no-passkey-option-fix = Talvez { $company } ainda não tenha ativado as chaves de acesso para você. Fale com a TI e pergunte que tipo de chave de acesso você deve usar.
stuck-security-key-open-security-info-only-authenticator = Só vejo “Chave de acesso no Microsoft Authenticator”
stuck-security-key-open-security-info-only-authenticator-fix = No momento, { $company } não aceita chaves de segurança para você. Fale com a TI ou volte e escolha o guia para computador e celular.

flow-security-key-choose-key-title = Escolha “Chave de segurança”
flow-security-key-choose-key-body = Quando perguntarem onde salvar a chave de acesso, escolha “Chave de segurança” { -then } “Avançar” e depois “OK”. No Mac ou no Chrome, a opção pode estar em “Outras Opções” (Other Options) ou “Salvar de outra forma” (Save another way).
stuck-security-key-choose-key-no-key-option = Não vejo “Chave de segurança”
stuck-security-key-choose-key-no-key-option-fix = Procure em “Outras Opções”, “Mais opções” ou “Salvar de outra forma”. Não salve no computador nem no celular.
stuck-security-key-choose-key-saved-wrong-place = Salvei no computador ou no celular por engano
stuck-security-key-choose-key-saved-wrong-place-fix = Exclua essa chave de acesso em Minhas Informações de Segurança, recomece em “+ Adicionar método de entrada” e escolha “Chave de segurança”.

flow-security-key-touch-key-title = Insira a chave e toque nela
flow-security-key-touch-key-body = Insira a chave (ou encoste-a no leitor). Se o navegador disser que login.microsoft.com quer informações estendidas sobre sua chave de segurança, escolha “Permitir”. Digite o PIN da chave e toque nela quando ela piscar.
stuck-security-key-touch-key-asks-new-pin = Pede para eu criar um PIN
stuck-security-key-touch-key-asks-new-pin-fix = Escolha um PIN fácil de lembrar, com pelo menos 4 caracteres, e digite-o duas vezes. Você vai precisar dele sempre que entrar.
stuck-security-key-touch-key-key-not-allowed = Aparece que esta chave de segurança não é permitida
stuck-security-key-touch-key-key-not-allowed-fix = { $company } só aceita alguns modelos de chave. Fale com a TI e diga qual chave você tem.
stuck-security-key-touch-key-nothing-happens = Nada acontece quando toco na chave
stuck-security-key-touch-key-nothing-happens-fix = Desconecte a chave, conecte-a diretamente em outra porta (sem hub) e tente de novo.
stuck-security-key-touch-key-pin-wrong = Aparece que o PIN está errado ou bloqueado
stuck-security-key-touch-key-pin-wrong-fix = Depois de algumas tentativas erradas, desconecte a chave e conecte-a de novo. Depois de tentativas demais, a chave precisa ser redefinida: veja “Esqueci o PIN da minha chave” na etapa 2.

flow-security-key-name-it-title = Dê um nome à sua chave
flow-security-key-name-it-body = Digite um nome fácil de reconhecer, como “Chave de segurança azul”, e clique em “Avançar”. Depois, clique em “Concluído”. A chave agora aparece na sua lista de métodos de entrada.
stuck-security-key-name-it-closed-too-early = Fechei a página antes de dar um nome
stuck-security-key-name-it-closed-too-early-fix = Abra Minhas Informações de Segurança. Se a chave estiver na lista, está tudo pronto. Se não estiver, recomece em “+ Adicionar método de entrada”.

## cross-device

flow-cross-device-title = Computador e celular com Microsoft Authenticator
flow-cross-device-summary = Você terá uma chave de acesso no Microsoft Authenticator do seu celular e vai usá-la para entrar neste computador. Leva cerca de 5 minutos.

flow-cross-device-prepare-phone-title = Prepare o seu celular
flow-cross-device-prepare-phone-body = Seu celular precisa do iOS 17 ou posterior, ou do Android 14 ou posterior. Instale o “Microsoft Authenticator”, abra-o e toque em “Adicionar conta corporativa ou de estudante” para entrar com sua conta { $company }.
stuck-cross-device-prepare-phone-os-too-old = Meu celular não atualiza até essa versão
stuck-cross-device-prepare-phone-os-too-old-fix = Este celular não consegue guardar uma chave de acesso no Authenticator. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar.
stuck-cross-device-prepare-phone-cant-sign-in = O Authenticator pede para eu provar que sou eu e não consigo
stuck-cross-device-prepare-phone-cant-sign-in-fix = Peça à equipe de TI de { $company } um Passe de Acesso Temporário (Temporary Access Pass). Digite-o quando o Authenticator pedir.
stuck-cross-device-prepare-phone-work-profile = Meu celular Android tem um perfil de trabalho (apps com uma maleta)
stuck-cross-device-prepare-phone-work-profile-fix = Use o Authenticator no perfil de trabalho, se é lá que estão seus apps de trabalho. Uma chave de acesso só funciona no perfil em que foi salva.

flow-cross-device-enable-provider-title = Deixe o Authenticator salvar chaves de acesso
flow-cross-device-enable-provider-body = iPhone: “Ajustes” { -then } “Geral” { -then } “Preenchimento Automático e Senhas” e ative “Authenticator”. Android: abra “Configurações”, pesquise “chaves de acesso” e ative “Authenticator”.
stuck-cross-device-enable-provider-authenticator-not-listed = O Authenticator não aparece na lista
stuck-cross-device-enable-provider-authenticator-not-listed-fix = Atualize o Authenticator, abra-o uma vez e procure de novo. No Android 14, se ainda não ativar, atualize o celular para o Android 15.
stuck-cross-device-enable-provider-menu-missing = Não encontro esse menu no meu iPhone
stuck-cross-device-enable-provider-menu-missing-fix = No iOS 17, fica em “Ajustes” { -then } “Senhas” { -then } “Opções de Senha”. Ative “Preencher Senhas e Chaves-senha” (AutoFill Passwords and Passkeys) e escolha “Authenticator”.

flow-cross-device-open-security-info-title = Comece no computador
flow-cross-device-open-security-info-body = No computador, abra Minhas Informações de Segurança (aka.ms/mysecurityinfo) e entre com sua conta { $company }. Clique em “+ Adicionar método de entrada” { -then } “Chave de acesso no Microsoft Authenticator” (Passkey in Microsoft Authenticator) e siga a página.
stuck-cross-device-open-security-info-no-passkey-option = Não vejo “Chave de acesso no Microsoft Authenticator”
stuck-cross-device-open-security-info-no-passkey-option-fix = Talvez { $company } ainda não tenha ativado isso para você. Fale com a TI e pergunte que tipo de chave de acesso você deve usar.
stuck-cross-device-open-security-info-sign-in-loop = A página continua pedindo para eu entrar com uma chave de acesso que ainda não tenho
stuck-cross-device-open-security-info-sign-in-loop-fix = Isso vem de uma configuração do lado de { $company }. Fale com a TI, peça um Passe de Acesso Temporário e tente novamente.
stuck-cross-device-open-security-info-download-qr = A página mostra um código QR para baixar o app
stuck-cross-device-open-security-info-download-qr-fix = Se o Authenticator já está no seu celular, é só clicar em “Avançar”. Se não, leia o código com a câmera do celular para instalá-lo.

flow-cross-device-create-on-phone-title = Crie a chave de acesso no celular
flow-cross-device-create-on-phone-body = Quando a página indicar, abra o Authenticator no celular. Se a sua conta corporativa já estiver lá, toque nela { -then } “Criar uma chave de acesso” (Create a passkey); se não estiver, toque em “Adicionar conta corporativa ou de estudante” (ou “+” { -then } “Conta corporativa ou de estudante”) { -then } “Entrar”. Responda às verificações de entrada, toque em “Configurações” se ele pedir um bloqueio de tela ou para ser ativado para chaves de acesso, e volte. Quando “Chave de acesso” aparecer na sua conta, toque em “Concluído” e depois em “Concluído” de novo.
stuck-cross-device-create-on-phone-no-create-option = Não vejo “Criar uma chave de acesso”
stuck-cross-device-create-on-phone-no-create-option-fix = Atualize o Authenticator e confira se você tocou na sua conta corporativa. Se ainda não aparecer, fale com a equipe de TI de { $company }.
stuck-cross-device-create-on-phone-no-screen-lock = Aparece que preciso de um bloqueio de tela
stuck-cross-device-create-on-phone-no-screen-lock-fix = Defina um código, PIN, padrão ou senha nas configurações do celular e volte ao Authenticator.
stuck-cross-device-create-on-phone-passkey-already-exists = Aparece que já existe uma chave de acesso
stuck-cross-device-create-on-phone-passkey-already-exists-fix = No Authenticator, toque na sua conta { -then } “Configurações” { -then } “Excluir chave de acesso” (Delete passkey) e toque em “Criar uma chave de acesso” de novo.
stuck-cross-device-create-on-phone-other-app-offered = O Samsung Pass ou outro app oferece salvar a chave
stuck-cross-device-create-on-phone-other-app-offered-fix = Não salve lá. Toque em “Salvar de outra forma” (Save another way; ou “Outras opções”) e escolha “Authenticator”.

flow-cross-device-finish-title = Conclua no computador
flow-cross-device-finish-body = De volta ao computador, clique em “Avançar”. Aguarde enquanto a página verifica sua chave de acesso e clique em “Concluído”.
stuck-cross-device-finish-passkey-not-found = A página diz que não encontra minha chave de acesso
stuck-cross-device-finish-passkey-not-found-fix = Confira no Authenticator se a sua conta corporativa mostra “Chave de acesso” e se é a mesma conta que você usou no computador. Depois, clique em “Avançar” de novo.
stuck-cross-device-finish-page-timed-out = A página expirou ou encerrou minha sessão
stuck-cross-device-finish-page-timed-out-fix = Abra Minhas Informações de Segurança de novo e entre. Se a chave de acesso não estiver na lista, recomece em “+ Adicionar método de entrada”.

flow-cross-device-try-it-title = Entre no computador com o celular
flow-cross-device-try-it-body = Ative o Bluetooth no computador e no celular. Ao entrar no computador, escolha “Other ways to sign in” (Outras formas de entrar) ou “Sign-in options” (Opções de entrada) { -then } “Rosto, impressão digital, PIN ou chave de segurança”; no Windows 11, depois “iPhone, iPad ou dispositivo Android”. Leia o código QR com o app Câmera do celular e toque em “Sign in with passkey” (Entrar com chave de acesso) no iPhone ou em “Use passkey to sign in” (Usar chave de acesso para entrar) no Android.
stuck-cross-device-try-it-qr-wont-scan = Meu celular não lê o código QR
stuck-cross-device-try-it-qr-wont-scan-fix = Use o app Câmera do próprio celular: no iPhone, o leitor dentro do Authenticator não lê este código. Aumente o brilho da tela do computador e tente de novo.
stuck-cross-device-try-it-bluetooth-off = Aparece que preciso ativar o Bluetooth
stuck-cross-device-try-it-bluetooth-off-fix = Ative o Bluetooth nos dois: no Windows, em “Configurações” { -then } “Bluetooth e dispositivos”; no Mac, em “Ajustes do Sistema” { -then } “Bluetooth”; e no celular, nas configurações dele. Mantenha o celular perto do computador.
stuck-cross-device-try-it-no-bluetooth = Meu computador não tem Bluetooth ou ele está bloqueado
stuck-cross-device-try-it-no-bluetooth-fix = Para entrar com o celular, o computador precisa de Bluetooth. Fale com a equipe de TI de { $company } e pergunte que outra forma você pode usar neste computador.
stuck-cross-device-try-it-nothing-after-scan = Li o código, mas nada acontece
stuck-cross-device-try-it-nothing-after-scan-fix = Mantenha os dois dispositivos conectados à internet e próximos, confira o Bluetooth nos dois e tente mais uma vez. Se continuar falhando na rede do escritório, fale com a equipe de TI de { $company }.
