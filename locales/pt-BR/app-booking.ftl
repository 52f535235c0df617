# booking

## The mentor's profile page

profile-not-found-heading = Perfil não encontrado
profile-not-found-lead = Este perfil não existe, ou a pessoa não o deixou visível para você.
browse-directory = Explorar o diretório
profile-loading = Carregando perfil…
profile-title = Perfil
profile-mentor = Mentor
profile-time-zone = Fuso horário: { $zone } · agora são { $time } lá
profile-edit-own = Editar seu perfil
profile-ask = Fazer uma pergunta para { $name }
profile-about = Sobre
profile-no-bio = Ainda não há bio.
profile-expertise = Especialidades
profile-no-expertise = Nenhuma especialidade informada ainda.
profile-languages = Idiomas
career-stage = { $stage ->
    [student] Estudante
    [early] Início de carreira
    [mid] Meio de carreira
    [senior] Sênior
    [lead] Liderança
   *[executive] Alta liderança
}

## The mentor's free slots, one day per tab

book-heading = Agendar 15 minutos com { $name }
slots-loading = Carregando horários livres…
slots-none = Nenhum horário livre nas próximas duas semanas. Tente de novo mais tarde ou faça uma pergunta.
slots-mentor-time = Ao lado de cada um, você vê o horário local do mentor.
slots-days = Dias
slots-day-free = { $count ->
    [0] nenhum livre
    [one] { $count } livre
   *[other] { $count } livres
}
slots-none-this-day = Nenhum horário livre neste dia.
slot-book-at = Agendar { $day } às
slot-for-them = ({ $time } no fuso do mentor)

## The booking panel

your-time = Seu horário
their-time = Horário de { $name }
agenda-label = O que você gostaria de tirar desses 15 minutos?
agenda-hint-follow-up = Uma continuação da sua última sessão, a partir dos seus próximos passos.
agenda-hint = Algumas linhas ajudam o mentor a se preparar. Até 500 caracteres.
agenda-use-template = Usar o modelo de pauta
agenda-template-context = Contexto:
agenda-template-tried = O que eu tentei:
agenda-template-want = O que eu quero desses 15 minutos:
follow-up-intro = Continuação da nossa última sessão.
follow-up-steps = Meus próximos passos eram:
follow-up-now = Onde estou agora:
email-label = Seu endereço de e-mail
email-hint = Enviamos um código de seis dígitos para você entrar, sem senha. Seu primeiro acesso cria sua conta.
code-label = Código de seis dígitos do e-mail
other-address = Usar outro endereço
newcomer-legend = Boas-vindas! Conte ao seu mentor quem você é
name-label = Seu nome
zone-label = Seu fuso horário
same-day = Você já tem uma sessão com { $name } em { $day }. Quer agendar outra no mesmo dia?
submit-wait = Aguarde…
submit-send-code = Me envie um código
submit-sign-in-and-book = Entrar e agendar
submit-save-and-book = Salvar e agendar
submit-book-again = Sim, agendar uma segunda sessão
submit-book = Agendar este horário
cancel = Cancelar

## The confirmation

booked-heading = Agendado: 15 minutos com { $name }
booked-agenda = Pauta:
booked-next = O que acontece agora
booked-next-invite = Você e { $name } receberam um e-mail com o convite.
booked-next-link = O link da chamada fica disponível 10 minutos antes do início, em Minhas sessões.
booked-next-change = Algo mudou? Remarque ou cancele em Minhas sessões.
booked-message = Enviar mensagem para { $name }
see-my-sessions = Ver minhas sessões
close = Fechar
add-to-calendar-ics = Adicionar à agenda (.ics)
google-calendar = Google Agenda

## Small pieces of profiles

org-badge-title = Endereço de e-mail verificado em { $domain }
org-badge = em { $name }
org-badge-verified = em { $name } · verificado
no-languages = Nenhum idioma informado ainda.
language-choose = Escolha um idioma…
languages-you-speak = Idiomas que você fala
language-remove = Remover { $name }
language-add = Adicionar um idioma
