# Droits et délais : règles, délais, prochaines étapes, faits du dossier dont ils ont besoin.

jurisdiction-ca-on = Ontario

contract_kind-distance = À distance (en ligne, téléphone, correspondance)
contract_kind-off_premises = Hors établissement (démarchage, foire)
contract_kind-in_store = En magasin

payment_method-credit_card = Carte de crédit
payment_method-debit_card = Carte de débit
payment_method-bank_transfer = Virement
payment_method-cash = Espèces
payment_method-paypal = PayPal
payment_method-other = Autre

card_network-visa = Visa
card_network-mastercard = Mastercard
card_network-amex = American Express
card_network-interac = Interac
card_network-cb = CB
card_network-other = Autre

contact_party-merchant = Commerçant
contact_party-card_issuer = Émetteur de la carte
contact_party-mediator = Médiateur
contact_party-agency = Organisme public
contact_party-court = Tribunal
contact_party-other = Autre

contact_purpose-none = Sans portée juridique
contact_purpose-complaint = Réclamation écrite
contact_purpose-formal_notice = Mise en demeure
contact_purpose-cancellation = Résolution ou annulation
contact_purpose-withdrawal = Rétractation
contact_purpose-chargeback_request = Demande de rétrofacturation
contact_purpose-mediation_request = Saisine du médiateur
contact_purpose-agency_complaint = Plainte à un organisme
contact_purpose-final_response = Réponse définitive

law-fr-l216-1 = Livraison à la date convenue, ou sous 30 jours
law-fr-l216-6 = Résoudre le contrat pour défaut de livraison
law-fr-l216-7 = Remboursement sous 14 jours après la résolution
law-fr-l216-3-pre2022 = Remboursement sous 14 jours après la résolution (contrats avant 2022)
law-fr-l241-4 = Majoration de plein droit du remboursement tardif (+10 %, +20 %, +50 %)
law-fr-l241-4-pre2022 = Majoration du remboursement tardif (contrats avant 2022)
law-fr-l221-18 = Délai de rétractation de 14 jours
law-fr-l221-24 = Remboursement sous 14 jours après la rétractation
law-fr-l242-4 = Majoration du remboursement tardif après rétractation
law-fr-l217-3 = Garantie légale de conformité de deux ans
law-fr-l612-2 = Médiateur de la consommation, dans l’année de la réclamation écrite
law-fr-cpc-750-1 = Tribunal jusqu’à 5 000 € après une tentative amiable
law-qc-lpc-54-9 = Résoudre le contrat : non livré 30 jours après la date
law-qc-lpc-54-13 = Remboursement sous 15 jours après la résolution
law-qc-lpc-54-14 = Demande de rétrofacturation par carte de crédit sous 60 jours
law-qc-ccq-1595 = Mise en demeure : dernier délai donné au commerçant
law-qc-small-claims = Division des petites créances
law-uk-cra-28 = Livraison dans le délai convenu, ou sous 30 jours
law-uk-cra-28-end = Considérer le contrat comme terminé
law-uk-ccr-cancel = Délai d’annulation de 14 jours
law-uk-pd-pac = Lettre avant action : 14 jours pour répondre
law-uk-fos = Financial Ombudsman (émetteur de la carte)
law-uk-cca-75 = Émetteur de la carte solidairement responsable (section 75)
law-eu-crd-18 = Livraison sous 30 jours
law-eu-crd-9 = Délai de rétractation de 14 jours
law-eu-crd-13 = Remboursement sous 14 jours après la rétractation
law-on-cpa-delivery = Annuler : non livré 30 jours après la date
law-on-cpa-refund = Remboursement sous 15 jours après l’annulation
law-on-cpa-chargeback = Demande de rétrofacturation par carte de crédit
law-on-small-claims = Cour des petites créances (jusqu’à 50 000 $)
law-us-ftc-435 = Expédition dans le délai annoncé, ou sous 30 jours
law-us-fcba = Contestation de facturation sous 60 jours après le relevé
law-visa-13-1 = Rétrofacturation Visa : marchandise non reçue
law-visa-13-7 = Rétrofacturation Visa : marchandise retournée, non remboursée
law-mastercard-4853 = Rétrofacturation Mastercard : bien non fourni

clock-kind-merchant_duty = Obligation du commerçant
clock-kind-consumer_window = Votre droit
clock-status-pending = en cours
clock-status-met = respecté
clock-status-missed = dépassé
clock-status-not_yet = pas encore ouvert
clock-status-open = ouvert
clock-status-used = exercé
clock-status-closed = fermé
clock-status-never_opened = sans objet (jamais ouvert)
confidence-sure = texte légal consulté
confidence-verify = à vérifier

step-action-formal_notice = Envoyer une mise en demeure
step-action-cancel = Résoudre le contrat
step-action-letter_before_claim = Envoyer une lettre avant action
step-action-chargeback = Demander une rétrofacturation à l’émetteur de votre carte
step-action-mediation = Saisir le médiateur de la consommation
step-action-ombudsman = Saisir l’ombudsman
step-action-agency_complaint = Porter plainte auprès de l’organisme
step-action-small_claims = Saisir le tribunal (petits litiges)

step-countdown = { $count ->
    [0] Dernier jour aujourd’hui : { $action }
    [one] Plus que 1 jour : { $action }
   *[other] Plus que { $count } jours : { $action }
}
step-no-deadline = { $action } (pas de délai légal)
step-by = au plus tard le { $date }

clock-opens = s’ouvre le { $date }
clock-open-since = ouvert depuis le { $date }
clock-opened = s’est ouvert le { $date }
clock-duty-from = à compter du { $date }
clock-due = dernier jour le { $date }
clock-days-left = { $count ->
    [0] dernier jour aujourd’hui
    [one] 1 jour restant
   *[other] { $count } jours restants
}
clock-weekend-extended = reporté après un week-end
clock-from-sending = compté depuis l’envoi (réception non notée)
clock-amount = dû à ce jour : { $amount }
clock-computation = { $base } × { $rate } % = { $amount }

law-disclaimer = Ceci n’est pas un conseil juridique. Règles à jour au { $date } ; chaque règle indique son article et sa source. Les règles « à vérifier » reposent sur des sources secondaires.
law-practice-notice = Usage, pas loi : une mise en demeure laisse en général 8 à 15 jours en France, 14 jours en Angleterre et au pays de Galles, environ 10 jours au Québec.
law-no-clock = Aucun délai ne peut encore être calculé.
law-unlock = Permettraient de calculer d’autres délais : { $facts }

unlock-case-ordered_at = date de commande
unlock-case-contract_kind = mode de conclusion du contrat
unlock-case-payment = moyen de paiement
unlock-case-payment-network = réseau de la carte
unlock-case-payment-statement_date = date du relevé de carte
unlock-case-price = montant payé
unlock-case-jurisdiction = un droit applicable pris en charge
unlock-contacts-deadline = le délai fixé dans la mise en demeure

ui-law-contract-kind = Contrat
ui-law-delivery-agreed = Date de livraison convenue
ui-law-delivery-essential = Date essentielle (dite avant la commande)
ui-law-delivered-at = Livré le
ui-law-payment-method = Payé par
ui-law-payment-network = Réseau de la carte
ui-law-card-last4 = Carte (4 derniers chiffres)
ui-law-issuer = Émetteur ou banque
ui-law-statement-date = Premier relevé portant le débit
ui-law-paid-amount = Montant débité
ui-law-refunds = Remboursements reçus
ui-law-costs = Frais causés par le litige
ui-law-costs-hint = 2026-10-23 15,20 Appel surtaxé au service client
ui-law-company-id = Numéro d’entreprise
ui-law-mediator = Médiateur indiqué par le commerçant
ui-law-unknown = (inconnu)
ui-law-party = Avec
ui-law-purpose = Portée juridique
ui-law-deadline = Délai fixé
ui-law-received = Reçu le
ui-law-date-hint = AAAA-MM-JJ

ui-rights-title = Droits et délais
ui-rights-next-steps = Prochaines étapes
ui-rights-clocks = Tous les délais
ui-rights-source = source
ui-deadlines-title = Échéances
ui-deadlines-empty = Aucune échéance ouverte dans les dossiers.
ui-case-next-deadline = prochaine : { $date }

report-law-title = Droits et délais
report-law-clock = { $title } ({ $citation }) : { $status }
report-law-next-steps = Prochaines étapes

dossier-law-title = Fondement juridique et délais
dossier-law-cover-next = Prochaine échéance : { $action }, au plus tard le { $date }

# Ce qu’est devenue une lettre envoyée, sur son contact dans l’éditeur.
ui-law-letter-status = Courrier
ui-law-not-collected = Non réclamé, retourné le
ui-field-error-receipt-future = « { $field } » ne peut pas être une date à venir.
ui-field-error-receipt-before-sent = « { $field } » ne peut pas précéder l’envoi de la lettre.
ui-field-error-receipt-both = Une lettre reçue a été retirée : videz « Reçu le » ou « { $field } ».

# Le dossier est lu par un tiers (émetteur, médiateur, tribunal) : à qui revient d’agir, et les
# prochaines étapes, à la troisième personne.
dossier-clock-kind-merchant_duty = Obligation du commerçant
dossier-clock-kind-consumer_window = Droit du consommateur
dossier-step-action-formal_notice = Le consommateur peut envoyer une mise en demeure
dossier-step-action-cancel = Le consommateur peut résoudre le contrat
dossier-step-action-letter_before_claim = Le consommateur peut envoyer une lettre avant action
dossier-step-action-chargeback = Le consommateur peut demander une rétrofacturation à l’émetteur de sa carte
dossier-step-action-mediation = Le consommateur peut saisir le médiateur de la consommation
dossier-step-action-ombudsman = Le consommateur peut saisir l’ombudsman
dossier-step-action-agency_complaint = Le consommateur peut porter plainte auprès de l’organisme
dossier-step-action-small_claims = Le consommateur peut saisir le tribunal (petits litiges)

# Ce que la loi (ou l’usage) demande avant d’exercer un droit, sous son délai.
clock-before = { $label } : { $text } ({ $citation })
clock-before-required = Préalable obligatoire
clock-before-advisable = Préalable conseillé
clock-before-practice = usage, pas la loi
clock-before-done = fait le { $date }
law-before-qc-ccq-1596 = une mise en demeure écrite laissant au commerçant un délai suffisant ; sans elle, si le commerçant s’exécute dans un délai raisonnable, les frais restent à la charge du demandeur
law-before-qc-small-claims-mediation = pour une demande de 5 000 $ ou moins, une médiation gratuite (en vigueur depuis le 23 novembre 2023, district par district)
