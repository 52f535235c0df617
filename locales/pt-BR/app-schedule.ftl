# schedule: the mentor's availability editor and calendars (feed, busy calendars, slot explainer).

## Availability editor

availability-title = Seus horários livres
availability-hint = As faixas semanais ficam no seu fuso horário e se repetem toda semana; cada uma gera horários de 15 minutos.
weekday-mon = Segunda-feira
weekday-tue = Terça-feira
weekday-wed = Quarta-feira
weekday-thu = Quinta-feira
weekday-fri = Sexta-feira
weekday-sat = Sábado
weekday-sun = Domingo
enter-whole-number = Digite um número inteiro.
pick-date-time-first = Escolha primeiro uma data e uma hora.
timezone-label = Fuso horário destas faixas
windows-legend = Faixas semanais
window-day = Dia
window-from = das
window-to = às
window-remove-label = Remover a faixa de { $day ->
    [mon] segunda-feira
    [tue] terça-feira
    [wed] quarta-feira
    [thu] quinta-feira
    [fri] sexta-feira
    [sat] sábado
    [sun] domingo
   *[other] { $day }
}
window-remove = Remover
window-add = Adicionar uma faixa
min-notice-label = Antecedência mínima (minutos)
horizon-label = Agendamento com até (dias de antecedência)
buffer-label = Intervalo entre sessões (minutos)
max-per-day-label = No máximo por dia
max-per-day-placeholder = Sem limite
max-per-week-label = No máximo por semana
availability-save = Salvar disponibilidade
availability-saved = Salvo.
quick-legend = Tenho 15 minutos livres em…
quick-label = Data e hora dos 15 minutos livres
quick-offer = Oferecer este horário
one-off-count = { $count ->
    [one] { $count } horário avulso oferecido.
   *[other] { $count } horários avulsos oferecidos.
}
preview-heading = Seus próximos horários livres
preview-not-mentor = Cadastre-se como mentor (acima) para ver uma prévia dos seus horários.
preview-none = { $days ->
    [one] Nenhum no próximo dia.
   *[other] Nenhum nos próximos { $days } dias.
}

## Calendars

calendars-title = Agendas
feed-heading = Suas sessões na sua agenda
feed-renewed = Novo endereço criado; o antigo não funciona mais.
feed-turned-on = Assinatura ativada.
feed-turned-off = Assinatura desativada; o endereço dela não funciona mais.
feed-copied = Endereço copiado.
feed-intro = Assine pelo Google Agenda, Outlook ou Calendário da Apple para ver todas as sessões que você agenda ou oferece, com remarcações e cancelamentos.
feed-turn-on = Ativar a assinatura da agenda
feed-url-label = Seu endereço de assinatura
feed-url-hint = Qualquer pessoa com este endereço pode ver suas sessões: mantenha-o em segredo. Criar um novo endereço desativa o antigo na hora.
feed-copy = Copiar
feed-new-address = Novo endereço
feed-turn-off = Desativar
calendar-status-pending = Lendo…
calendar-status-ok = Lida
calendar-status-unreachable = Não foi possível acessar
calendar-status-not-icalendar = Não é um arquivo de agenda
calendar-status-too-large = Maior que 1 MB
calendar-status-too-slow = Levou mais de 5 segundos
calendar-status-too-complex = Eventos ou repetições demais para ler
busy-heading = Horários ocupados das suas próprias agendas
busy-intro = Cole o endereço secreto iCalendar da sua agenda (no Google Agenda: Configurações, sua agenda, "Endereço secreto no formato iCal"). O Quarterhour lê esse endereço a cada 15 minutos e não oferece nenhum horário que conflite com um evento; guarda só quando você está ocupado, nunca títulos ou convidados.
busy-saved-reading = Salvo; lendo suas agendas…
busy-saved-read = Salvo e lido.
busy-list-label = Suas agendas
busy-none = Nenhuma agenda ainda.
busy-times = { $count ->
    [one] { $count } período ocupado considerado
   *[other] { $count } períodos ocupados considerados
}
busy-times-read = { $count ->
    [one] { $count } período ocupado considerado · última leitura: { $at }
   *[other] { $count } períodos ocupados considerados · última leitura: { $at }
}
busy-urls-label = Endereços de agenda, um por linha (no máximo { $max })
busy-urls-hint = Salvar substitui as agendas acima. Os endereços delas ficam em segredo, então liste todos os que você quer que sejam lidos; salve uma lista vazia para parar a leitura.
busy-saving = Salvando…
busy-save = Salvar agendas
explain-heading = Por que este horário não é oferecido?
explain-label = Horário que começa em
explain-submit = Explicar
calendar-url-placeholder = https://calendar.example.com/private-…/basic.ics

explain-offered = Este horário está sendo oferecido: mentorados podem reservá-lo.
explain-busy-calendar = Um evento de um dos seus calendários (ou o seu intervalo em volta dele) ocupa este horário.
explain-booked = Você tem uma sessão nesse horário, ou ele cai no seu intervalo em volta de uma.
explain-outside-window = Está fora das suas faixas semanais e dos seus horários avulsos, já passou ou está além de quão adiante você oferece horários.
explain-min-notice = É antes da antecedência mínima que você pede.
explain-daily-cap = Você já tem nesse dia tantas sessões quanto permite.
explain-weekly-cap = Você já tem nessa semana tantas sessões quanto permite.
explain-blocked-date = Você bloqueou essa data.
explain-paused = Seus horários estão pausados após sessões perdidas; retome-os no seu perfil.
