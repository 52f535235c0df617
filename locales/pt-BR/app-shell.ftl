# The shell: what every page has (header, footer, navigation) and the home page's first screen.

skip-to-content = Pular para o conteúdo
loading-the-page = Carregando a página
footer = Quarterhour: quinze minutos de ajuda, de qualquer pessoa, em qualquer lugar. Os endereços de e-mail ficam privados; as organizações só veem totais.
footer-api = API (OpenAPI)
language-label = Idioma
sign-in = Entrar
loading = Carregando…
sign-in-lead = Digite seu e-mail e enviaremos um código de seis dígitos. Sem senha. Seu primeiro acesso cria sua conta; um endereço do trabalho mostra sua empresa no seu perfil.
email-address = E-mail
email-hint = Nunca é mostrado a outras pessoas.
sending = Enviando…
send-code = Me envie um código
code-sent = Enviamos um código para { $email }. Ele vale uma vez, por 10 minutos.
code-label = Código de seis dígitos
checking = Verificando…
other-address = Usar outro endereço
dev-mailbox-hint = Desenvolvimento local: nenhum e-mail é enviado. <a>Abra a caixa de correio de desenvolvimento</a> para ler o código.
main-navigation = Principal
nav-directory = Diretório
nav-requests = Perguntas
nav-sessions = Minhas sessões
nav-guides = Guias
nav-growth = Crescimento
nav-messages = Mensagens
nav-profile = Perfil
unread = ({ $count ->
    [one] { $count } não lida
   *[other] { $count } não lidas
})
sign-out = Sair
home-heading = Quinze minutos de ajuda de alguém que já passou por isso.
home-lead = O Quarterhour é uma rede aberta de mentoria entre empresas. Mentores oferecem horários livres de 15 minutos; você agenda um, ou publica uma pergunta e deixa os mentores virem até você. Gratuito, rápido e focado.
home-actions = Você também pode <a>explorar o diretório</a> ou <a>fazer uma pergunta</a>.
goal-label = Com o que você quer ajuda?
goal-placeholder = ex.: nosso cluster k8s vive matando pods por falta de memória
goal-submit = Sugerir mentores
not-found-heading = Página não encontrada
not-found-lead = Não há nenhuma página neste endereço. Ela pode ter mudado de lugar, ou o link pode estar digitado errado.
go-home = Ir para a página inicial
unreachable = Não conseguimos acessar o servidor do Quarterhour agora. Verifique sua conexão e tente de novo em instantes.
crash-notice = O Quarterhour parou de funcionar nesta página. <a>Recarregue a página</a> para continuar.
home-title = Quarterhour: micromentoria entre empresas
zone-hint-profile = Os horários estão no fuso horário do seu perfil, { $zone }.
zone-hint-device = Os horários estão no fuso horário deste dispositivo, { $zone }.
