# Libellés des énumérations du format de dossier : <type>-<valeur>.
channel-email = Courriel
channel-phone = Téléphone
channel-chat = Clavardage
channel-letter = Lettre
channel-in_person = En personne
channel-web_form = Formulaire web
channel-social_media = Réseaux sociaux
channel-sms = SMS
channel-other = Autre
direction-outgoing = Sortant
direction-incoming = Entrant
outcome-answered = Réponse obtenue
outcome-no_answer = Pas de réponse
outcome-voicemail_left = Message vocal laissé
outcome-auto_reply_only = Réponse automatique seulement
outcome-transferred = Transféré
outcome-disconnected = Coupé
outcome-callback_promised = Rappel promis
outcome-refused = Refus
outcome-resolved = Résolu
outcome-other = Autre
promise_kind-delivery = Livraison
promise_kind-pickup = Retrait
promise_kind-reply = Réponse
promise_kind-callback = Rappel
promise_kind-refund = Remboursement
promise_kind-replacement = Remplacement
promise_kind-repair = Réparation
promise_kind-credit = Avoir
promise_kind-other = Autre
promise_status-pending = En attente
promise_status-kept = Tenue
promise_status-broken = Non tenue
case_status-open = Ouvert
case_status-escalated = Recours engagé
case_status-resolved = Résolu
case_status-abandoned = Abandonné
jurisdiction-fr = France
jurisdiction-ca-qc = Québec
jurisdiction-ca = Canada
jurisdiction-uk = Royaume-Uni
jurisdiction-eu = Union européenne
jurisdiction-us = États-Unis
jurisdiction-other = Autre
language-fr = Français
language-en = Anglais
# Utilisé par les tests du module i18n.
test-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
