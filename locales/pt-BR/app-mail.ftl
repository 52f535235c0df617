# mail: as conversas (a lista e uma conversa) e a caixa de correio de desenvolvimento.

## A lista de conversas
messages-heading = Mensagens
messages-visitor = Entre para ler suas conversas sobre sessões e perguntas.
messages-loading = Carregando suas conversas…
messages-none = Nenhuma conversa ainda. Uma conversa começa quando um mentorado aceita a proposta de um mentor para uma pergunta.
messages-see-open-requests = Ver perguntas abertas
messages-unread = { $count ->
    [one] { $count } não lida
   *[other] { $count } não lidas
}
messages-with = Com <strong>{ $name }</strong>
messages-last-activity = Última atividade: { $when }
messages-about-your-question = Sua pergunta
messages-about-their-question = Pergunta de outra pessoa, sua proposta
messages-your-session-on = Sua sessão de { $day }
messages-your-session = Sua sessão

## Uma conversa
thread-title = Conversa
thread-visitor = Entre para ler suas conversas.
thread-not-found-title = Conversa não encontrada
thread-not-found = Esta conversa não existe, ou você não participa dela.
thread-see-messages = Ver suas mensagens
thread-loading = Carregando a conversa…
thread-all-messages = Todas as mensagens
thread-with = Conversa com <strong>{ $name }</strong>
thread-with-headline = Conversa com <strong>{ $name }</strong>, { $headline }
thread-read-question = Ler a pergunta
thread-booked-call = Sua chamada agendada
thread-messages-title = Mensagens
thread-no-messages = Nenhuma mensagem ainda.
thread-you = Você
thread-new = Nova
thread-new-hidden = mensagem
thread-reply-title = Responder
thread-reply-label = Sua resposta
thread-reply-hint = Markdown: **negrito**, _itálico_, listas, `código`, [links](https://example.org). A outra pessoa recebe um e-mail.
thread-sending = Enviando…
thread-send = Enviar
thread-sent = Enviada.

## A caixa de correio de desenvolvimento
mailbox-title = Caixa de correio de desenvolvimento
mailbox-lead = E-mails que o servidor local escreveu em vez de enviar, dos mais recentes aos mais antigos.
mailbox-only-to = Só e-mails para
mailbox-any-address = qualquer endereço
mailbox-loading = Carregando…
mailbox-local-only = A caixa de correio só existe no desenvolvimento local.
mailbox-none = Nenhum e-mail ainda.
mailbox-to = Para { $to } · { $when }
