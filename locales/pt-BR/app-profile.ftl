# profile: o editor do perfil (/profile), virar mentor (/give) e os indicadores de uma organização.

## O editor do perfil

profile-heading = Seu perfil
profile-heading-new = Complete seu perfil
profile-lead = O que os outros veem quando encontram você. Seu endereço de e-mail nunca é exibido.
profile-sign-in-reason = Entre para criar ou editar seu perfil.
profile-see-public = Ver seu perfil público
profile-name = Nome
profile-headline = Título
profile-headline-placeholder = Engenheira staff, pagamentos
profile-headline-hint = Uma linha, com até 120 caracteres.
profile-bio = Sobre você
profile-bio-hint = Markdown: **negrito**, _itálico_, [links](https://example.org), listas.
profile-expertise = Especialidades
profile-expertise-placeholder = Rust, Kubernetes, transição de carreira
profile-expertise-hint = Até 15 habilidades, separadas por vírgulas.
profile-timezone = Fuso horário
profile-career-stage = Fase da carreira
profile-career-stage-none = Não informado
career-stage-student = Estudante
career-stage-early = Início de carreira
career-stage-mid = Meio de carreira
career-stage-senior = Sênior
career-stage-lead = Liderança
career-stage-executive = Alta liderança
profile-mentoring = Mentoria
profile-is-mentor = Ofereço mentoria: me mostre no diretório e deixe as pessoas agendarem comigo
profile-accepting-requests = Me mostre as perguntas abertas que combinam com minhas especialidades
profile-weekly-capacity = Sessões por semana, no máximo
profile-weekly-capacity-invalid = Digite um número inteiro de 0 a 40.
profile-meeting-link = Link da reunião (opcional)
profile-meeting-link-hint = Compartilhado só com quem agenda com você. Sem link, cada agendamento ganha uma sala de chamada própria.
profile-visibility = Quem pode ver seu perfil
visibility-public = Todo mundo
visibility-public-hint = Qualquer pessoa, conectada ou não, de todas as empresas.
visibility-organization = Só minha organização
visibility-organization-hint = Só pessoas com um endereço verificado da sua organização.
visibility-hidden = Ninguém
visibility-hidden-hint = Oculto para todos, menos você.
profile-saving = Salvando…
profile-save = Salvar perfil
saved = Salvo.

## A organização, na página do perfil

organization-heading = Organização
organization-personal = Seu endereço é pessoal, então seu perfil não mostra nenhuma organização.
organization-shown = Seu perfil mostra { $organization }.
organization-insights = <a>Indicadores de { $organization }</a>: só totais, nunca uma pessoa.
organization-name = Nome da organização
organization-name-hint = Como primeiro membro de { $domain }, você escolhe como ela aparece.
organization-save-name = Salvar nome
insights-preference = Contar minha atividade nos indicadores da minha organização
insights-preference-hint = Ativado por padrão. Os indicadores mostram só totais de pelo menos 5 pessoas; se você desativar, sai dos números da sua organização. Os totais da rede contam todo mundo.

## A conta

account-heading = Seus dados
account-download = Baixar meus dados
account-delete = Excluir minha conta
account-delete-confirm = Excluir sua conta e tudo o que há nela? Não dá para desfazer.
account-delete-yes = Sim, excluir tudo
account-keep = Manter minha conta
resume-paused = Seus horários estão pausados: você faltou a duas das suas sessões nos últimos 30 dias (um cancelamento com menos de 2 horas de antecedência conta como meia falta). Suas sessões agendadas continuam valendo.
resume-button = Retomar a mentoria

## Virar mentor (/give), em três passos

give-heading = Doe 15 minutos
give-sign-in-reason = Entre para oferecer mentoria: enviamos um código para seu e-mail, sem senha.
give-step-profile = Passo 1 de 3: seu perfil de mentor
give-step-windows = Passo 2 de 3: quando você tem 15 minutos
give-step-preview = Passo 3 de 3: sua página pública
give-profile-lead = O que os mentorados veem quando encontram você. Seu endereço de e-mail nunca é exibido.
give-expertise = Em que você pode ajudar
give-next-windows = Próximo: seu tempo livre
give-windows-lead = As horas de cada semana em que as pessoas podem agendar 15 minutos com você, no seu fuso horário. Para começar: dias úteis na hora do almoço, no máximo duas sessões por dia, agendadas com pelo menos quatro horas de antecedência. Você pode mudar tudo isso depois no seu perfil.
give-days = Dias
weekday-mon = Segunda-feira
weekday-tue = Terça-feira
weekday-wed = Quarta-feira
weekday-thu = Quinta-feira
weekday-fri = Sexta-feira
weekday-sat = Sábado
weekday-sun = Domingo
give-from = De
give-until = Até
give-next-preview = Próximo: ver a prévia da minha página
give-preview-lead = É assim que os mentorados veem você. A partir de agora, você aparece no diretório.
give-loading-page = Carregando sua página…
give-no-expertise = Nenhuma especialidade informada ainda.
give-loading-slots = Carregando seus horários…
give-free-slots = { $count ->
    [one] { $count } horário livre nesta semana; o primeiro: { $first }.
   *[other] { $count } horários livres nesta semana; o primeiro: { $first }.
}
give-no-free-slot = Ainda não há horário livre nesta semana: adicione faixas de horário ou reduza os limites no seu perfil.
give-open-public = Abrir minha página pública
give-fine-tune = Ajustar meu perfil e meus horários

## Os indicadores de uma organização: só totais, nunca uma pessoa

insights-heading = Indicadores: { $organization }
insights-lead = Só totais, nunca uma pessoa. Um número que vem de menos de 5 pessoas aparece como <em>menos de 5</em>, e as contagens são arredondadas para baixo até um múltiplo de 5. Os números são atualizados a cada poucos minutos.
insights-period = Período
insights-period-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
insights-period-months = { $count ->
    [one] { $count } mês
   *[other] { $count } meses
}
insights-loading = Carregando os números…
insights-not-found = Essa organização não existe, ou você não entrou como um dos membros dela. <a>Início</a>
insights-fewer-than-five = menos de 5
insights-too-few-sessions = ainda não há sessões suficientes
insights-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
insights-participation = Participação
insights-mentors = Mentores
insights-active-mentees = Mentorados ativos
insights-sessions-held = Sessões realizadas
insights-sessions-as-mentor = … com membros como mentores
insights-sessions-as-mentee = … com membros como mentorados
insights-questions-asked = Perguntas feitas
insights-questions-answered = Perguntas respondidas
insights-median-first-offer = Tempo mediano até a primeira proposta
insights-across = Entre empresas
insights-sessions-given = Sessões dadas a outras organizações
insights-answers-given = Respostas dadas a outras organizações
insights-sessions-received = Sessões recebidas de outras organizações
insights-answers-received = Respostas recebidas de outras organizações
insights-organizations-helped = Organizações ajudadas
insights-organizations-helped-by = Organizações que ajudaram
insights-quality = Qualidade
insights-rated-helpful = Sessões avaliadas como úteis
insights-too-few-ratings = ainda não há avaliações suficientes
insights-percent = { $percent }%
insights-kudos = Elogios: { $kudos ->
    [clear] clareza
    [practical] praticidade
    [kind] gentileza
    [insightful] perspicácia
    [well_prepared] boa preparação
    [good_listener] boa escuta
    [followed_up] acompanhamento
   *[other] { $name }
}
insights-skills = Habilidades: procura e mentoria
insights-skills-none = Ainda nenhuma habilidade foi procurada ou oferecida em mentoria por pelo menos 5 membros.
insights-gaps = Procuradas, sem nenhum membro como mentor:
insights-skill-summary = { $skill }: { $asked } perguntas, { $mentors } mentores
insights-legend-asked = perguntas
insights-legend-mentors = mentores
insights-skill = Habilidade
insights-questions = Perguntas
insights-trend = Tendência
insights-trend-none = Ainda nenhum mês tem sessões ou respostas de pelo menos 5 membros, então não há tendência para mostrar.
insights-trend-summary = Sessões realizadas por mês. { $summary }
insights-month = Mês
meeting-link-placeholder = https://meet.example.org/sua-sala
