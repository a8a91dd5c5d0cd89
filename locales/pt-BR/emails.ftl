## Rollout emails. They lead with what the employee gets, not with security jargon.

email-cta = Configure sua chave de acesso
email-help-contact = Dúvidas? Fale com o suporte técnico: { $contact }.
email-signoff = Equipe de TI de { $company }

email-announcement-subject = Acesse { $company } com o rosto ou a impressão digital
email-announcement-intro = Em breve, você vai acessar { $company } sem digitar senha: basta usar o rosto, a impressão digital ou o PIN do celular.
email-announcement-benefit = Isso se chama chave de acesso. Ela é mais rápida que uma senha, você não tem como esquecê-la e ninguém consegue enganar você para obtê-la.
email-announcement-action = A configuração leva cerca de cinco minutos. Abra o link no celular ou no computador que você usa para trabalhar, e o guia vai mostrar as etapas exatas para ele.

email-reminder-subject = Lembrete: configure sua chave de acesso para { $company } (5 minutos)
email-reminder-intro = Há uma semana, pedimos a todas as pessoas de { $company } que configurassem uma chave de acesso. Se você ainda não fez isso, agora é um bom momento.
email-reminder-benefit = Com uma chave de acesso, você entra com o rosto, a impressão digital ou o PIN, sem senha para lembrar ou digitar.
email-reminder-action = O guia reconhece o seu dispositivo e mostra cada toque que você precisa dar. Se tiver algum problema, ele diz o que fazer.

email-final-subject = Último lembrete: sua chave de acesso para { $company }
email-final-intro = Este é o último lembrete: configure sua chave de acesso para { $company }.
email-final-benefit = Em breve, entrar vai funcionar melhor com uma chave de acesso. Se você configurar a sua agora, não terá interrupções depois.
email-final-action = Leva cerca de cinco minutos. Abra o link e siga as etapas para o seu dispositivo; se algo der errado, o suporte técnico está à disposição.

email-greeting = Olá, { $name },
email-deadline = Configure sua chave de acesso até { $deadline }.
