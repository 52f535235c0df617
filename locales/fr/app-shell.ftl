# The shell: what every page has (header, footer, navigation) and the home page's first screen.

skip-to-content = Aller au contenu
loading-the-page = Chargement de la page
footer = Quarterhour : quinze minutes d’aide, de qui que ce soit, où que vous soyez. Les adresses e-mail restent privées ; les organisations ne voient que des totaux.
footer-api = API (OpenAPI)
language-label = Langue
sign-in = Se connecter
loading = Chargement…
sign-in-lead = Saisissez votre adresse e-mail et nous vous enverrons un code à six chiffres. Pas de mot de passe. Votre première connexion crée votre compte ; une adresse professionnelle affiche votre entreprise sur votre profil.
email-address = Adresse e-mail
email-hint = Jamais visible par les autres membres.
sending = Envoi en cours…
send-code = M’envoyer un code
code-sent = Nous avons envoyé un code à { $email }. Il n’est valable qu’une fois, pendant 10 minutes.
code-label = Code à six chiffres
checking = Vérification en cours…
other-address = Utiliser une autre adresse
dev-mailbox-hint = Développement local : les e-mails ne sont pas envoyés. <a>Ouvrez la boîte aux lettres de développement</a> pour lire le code.
main-navigation = Navigation principale
nav-directory = Annuaire
nav-requests = Questions
nav-sessions = Mes sessions
nav-guides = Guides
nav-growth = Progression
nav-messages = Messages
nav-profile = Profil
unread = ({ $count ->
    [one] { $count } non lu
   *[other] { $count } non lus
})
sign-out = Se déconnecter
home-heading = Quinze minutes d’aide de quelqu’un qui l’a déjà fait.
home-lead = Quarterhour est un réseau de mentorat ouvert et interentreprises. Les mentors offrent des créneaux libres de 15 minutes ; vous en réservez un, ou vous posez une question et les mentors viennent à vous. Gratuit, court et ciblé.
home-actions = Vous pouvez aussi <a>parcourir l’annuaire</a> ou <a>poser une question</a>.
goal-label = Sur quoi voulez-vous de l’aide ?
goal-placeholder = p. ex. notre cluster k8s tue sans cesse des pods par manque de mémoire (OOM)
goal-submit = Proposer des mentors
not-found-heading = Page introuvable
not-found-lead = Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.
go-home = Retour à l’accueil
unreachable = Impossible de joindre le serveur de Quarterhour pour le moment. Vérifiez votre connexion et réessayez dans un instant.
crash-notice = Quarterhour a cessé de fonctionner sur cette page. <a>Rechargez la page</a> pour continuer.
home-title = Quarterhour : micro-mentorat entre entreprises
zone-hint-profile = Heures indiquées dans le fuseau horaire de votre profil : { $zone }.
zone-hint-device = Heures indiquées dans le fuseau horaire de cet appareil : { $zone }.
