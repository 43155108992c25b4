#!/usr/bin/env python3
"""Builds Paper Trail's demo cases (case file format v1) under assets/demo/.

For each demo case this script:
  1. draws its attachment images (screenshots as PNG, phone photos as JPEG) with Pillow and
     writes its text attachments (.eml, .txt);
  2. computes every attachment's SHA-256 and writes case.json (UTF-8, pretty-printed);
  3. builds the bundle assets/demo/<case>.zip (case.json at the root, files under attachments/),
     with fixed timestamps so that re-running the script gives the same bytes;
  4. validates directory and bundle against the format contract (../shared/case-format.md).

Usage (from the repository root):
    pip install pillow          # generation only; the generated files are committed
    python3 scripts/make-demo-assets.py           # regenerate everything, then validate
    python3 scripts/make-demo-assets.py --check   # only validate what is on disk

The case data (contacts, promises, statements, ...) lives in this file: edit it here, not in the
generated case.json files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "assets" / "demo"
FONTS = ROOT / "assets" / "fonts"
ZIP_TIME = (2026, 11, 23, 12, 0, 0)

# --------------------------------------------------------------------------------------------
# Case data
# --------------------------------------------------------------------------------------------


def contact(id, at, channel, direction, summary, outcome, counterpart=None, reference=None,
            wait=None, duration=None, reply_days=None, in_reply_to=None, party="merchant",
            purpose=None, deadline=None, received_at=None):
    return {
        "id": id, "at": at, "channel": channel, "direction": direction,
        "counterpart": counterpart, "reference": reference, "summary": summary,
        "outcome": outcome, "wait_minutes": wait, "duration_minutes": duration,
        "reply_expected_within_days": reply_days, "in_reply_to": in_reply_to,
        # Rights and deadlines (optional keys of the format).
        "party": party, "purpose": purpose, "deadline": deadline, "received_at": received_at,
    }


def payment(method, network, last4, issuer, paid_at, statement_date=None, amount=None,
            descriptor=None):
    return {"method": method, "network": network, "card_last4": last4, "issuer": issuer,
            "amount": amount, "descriptor": descriptor, "paid_at": paid_at,
            "statement_date": statement_date}


def promise(id, made_at, source, kind, text, due, status="pending", settled_at=None):
    return {"id": id, "made_at": made_at, "source": source, "kind": kind, "text": text,
            "due": due, "status": status, "settled_at": settled_at}


def statement(id, at, source, topic, value, text):
    return {"id": id, "at": at, "source": source, "topic": topic, "value": value, "text": text}


def attachment(id, file, received_at, caption, links):
    return {"id": id, "file": file, "sha256": None, "received_at": received_at,
            "caption": caption, "links": links}


def note(id, at, text):
    return {"id": id, "at": at, "text": text}


# ---- 1. Bed never delivered (Québec, French) -----------------------------------------------

BED = {
    "format": "papertrail-case",
    "version": 1,
    "case": {
        "title": "Lit queen commandé le 14 novembre, jamais livré",
        "merchant": {
            "name": "Meubles Boréal inc.",
            "website": "https://www.meublesboreal.example",
            "email": "service@meublesboreal.example",
            "phone": "+1 514 555 0100",
            "address": "2250, boulevard Industriel, Laval (Québec)  H7S 1P8",
            "company_id": "NEQ 1170000000",
            # Québec names no mandatory mediator; this merchant joined the OPC's online
            # settlement platform.
            "mediator": "PARLe, plateforme de règlement en ligne de l’Office de la protection "
                        "du consommateur",
        },
        "consumer": {
            "name": "Geneviève Tremblay",
            "email": "genevieve.tremblay@courriel.example",
            "phone": "+1 438 555 0147",
            "address": "4512, rue Fabre, Montréal (Québec)  H2J 3V1",
        },
        "order_reference": "100-48213",
        "product": "Lit queen Alma en frêne massif, avec sommier à lattes",
        "price": {"amount": "899.00", "currency": "CAD"},
        "ordered_at": "2026-11-14T10:12:00-05:00",
        "time_zone": "America/Montreal",
        "jurisdiction": "ca-qc",
        "language": "fr",
        "desired_resolution": "Livraison du lit au plus tard le samedi 28 novembre 2026 ; "
                              "à défaut, remboursement intégral de 899,00 $ sur ma carte de crédit.",
        "status": "open",
        "contract_kind": "distance",
        "delivery_agreed": "2026-11-20",
        "delivery_essential": False,
        "delivered_at": None,
        # The confirmation says "taxes en sus": 899,00 $ + TPS 44,95 $ + TVQ 89,68 $.
        "payment": payment("credit_card", "visa", "4417", "Caisse Populaire Exemple",
                           "2026-11-14T10:12:00-05:00", descriptor="MEUBLES BOREAL LAVAL",
                           amount={"amount": "1033.63", "currency": "CAD"}),
        "refunds": [],
        "narrative": (
            "J’ai commandé le lit queen Alma sur le site de Meubles Boréal le samedi 14 novembre. "
            "Le courriel de confirmation promettait une livraison gratuite sous 5 jours ouvrables "
            "et proclamait : « Chez Meubles Boréal, le client est roi. » Le lundi 16, un second "
            "courriel m’annonçait que ma commande était « en cours de préparation » et qu’un agent "
            "m’appellerait d’ici 48 heures pour fixer le rendez-vous de livraison. Personne n’a "
            "appelé.\n\n"
            "Depuis : trois courriels sans réponse (une seule réponse automatique), un formulaire "
            "de contact et un message Facebook ignorés, un message vocal jamais retourné, une "
            "agente qui devait me rappeler « avant 17 h » et ne l’a jamais fait. Le vendredi 20, "
            "l’entrepôt de Laval m’a dit n’avoir « aucune trace » de ma commande — alors qu’on "
            "m’écrivait quatre jours plus tôt qu’elle était en préparation. La page « Mes "
            "commandes » n’affiche qu’un numéro, sans statut ni date.\n\n"
            "Neuf jours après la commande, toujours pas de lit. Nous dormons sur un matelas posé "
            "au sol depuis que nous avons donné l’ancien lit."
        ),
    },
    "contacts": [
        contact("c1", "2026-11-14T10:13:00-05:00", "email", "incoming",
                "Courriel de confirmation de la commande n° 100-48213 : lit queen Alma, 899,00 $, "
                "livraison gratuite sous 5 jours ouvrables. Signature : « Chez Meubles Boréal, "
                "le client est roi. »",
                "answered", counterpart="Meubles Boréal (commandes@meublesboreal.example)",
                reference="100-48213"),
        contact("c2", "2026-11-16T08:05:00-05:00", "email", "incoming",
                "« Bonne nouvelle ! Votre commande est en cours de préparation. » Un agent doit "
                "m’appeler d’ici 48 heures pour fixer le rendez-vous de livraison.",
                "answered", counterpart="Meubles Boréal (commandes@meublesboreal.example)",
                reference="100-48213"),
        contact("c3", "2026-11-17T09:40:00-05:00", "email", "outgoing",
                "Courriel au service à la clientèle : personne ne m’a appelée pour la livraison ; "
                "je demande une date et une plage horaire.",
                "auto_reply_only", counterpart="Service à la clientèle (service@meublesboreal.example)",
                reference="100-48213", purpose="complaint"),
        contact("c4", "2026-11-17T09:41:00-05:00", "email", "incoming",
                "Réponse automatique : « Nous avons bien reçu votre courriel et y répondrons dans "
                "un délai de 48 heures. »",
                "auto_reply_only", counterpart="Service à la clientèle (service@meublesboreal.example)",
                in_reply_to="c3"),
        contact("c5", "2026-11-18T12:00:00-05:00", "web_form", "outgoing",
                "Formulaire « Nous joindre » du site, sujet « Livraison » : rappel de la commande "
                "100-48213, demande de date de livraison. Accusé affiché à l’écran seulement.",
                "no_answer", reference="Demande WF-20931"),
        contact("c6", "2026-11-19T09:15:00-05:00", "phone", "outgoing",
                "Appel au 514 555-0100 : 25 minutes de musique d’attente, puis bascule vers la "
                "boîte vocale. Message laissé avec mon numéro et le numéro de commande.",
                "voicemail_left", counterpart="Service à la clientèle", wait=25, duration=27),
        contact("c7", "2026-11-19T12:30:00-05:00", "social_media", "outgoing",
                "Message privé à la page Facebook de Meubles Boréal. Le message passe à « Vu » "
                "à 12 h 47, aucune réponse.",
                "no_answer", counterpart="Page Facebook Meubles Boréal", reply_days=1),
        contact("c8", "2026-11-19T15:30:00-05:00", "phone", "outgoing",
                "Rappel au 514 555-0100 : après 17 minutes d’attente, Mélanie ouvre le dossier "
                "58817, confirme le délai de 5 jours ouvrables, dit qu’elle vérifie avec "
                "l’entrepôt et qu’elle me rappelle « avant 17 h aujourd’hui ».",
                "callback_promised", counterpart="Mélanie (service à la clientèle)",
                reference="Dossier 58817", wait=17, duration=24),
        contact("c9", "2026-11-19T20:15:00-05:00", "email", "outgoing",
                "Deuxième courriel, en réponse au premier : aucun rappel de Mélanie ; je demande "
                "une réponse écrite d’ici demain.",
                "no_answer", counterpart="Service à la clientèle (service@meublesboreal.example)",
                reference="Dossier 58817", reply_days=1, in_reply_to="c3"),
        contact("c10", "2026-11-20T10:05:00-05:00", "phone", "outgoing",
                "Appel à l’entrepôt de Laval (514 555-0188). Sylvain cherche la commande 100-48213 "
                "par numéro, par nom et par adresse : « aucune trace de la commande » chez eux. "
                "Il dit qu’il fera un suivi et que le service à la clientèle m’écrira d’ici mardi.",
                "answered", counterpart="Sylvain (entrepôt de Laval)", wait=4, duration=9),
        contact("c11", "2026-11-23T08:30:00-05:00", "email", "outgoing",
                "Troisième courriel, valant mise en demeure : livraison au plus tard le 28 novembre "
                "ou remboursement intégral ; copie à l’Office de la protection du consommateur "
                "envisagée.",
                "no_answer", counterpart="Service à la clientèle (service@meublesboreal.example)",
                reference="100-48213", reply_days=5, in_reply_to="c3",
                purpose="formal_notice", deadline="2026-11-28"),
    ],
    "promises": [
        promise("p1", "2026-11-14T10:13:00-05:00", "c1", "delivery",
                "Livraison gratuite sous 5 jours ouvrables.", "2026-11-20"),
        promise("p2", "2026-11-16T08:05:00-05:00", "c2", "callback",
                "Un agent vous appellera d’ici 48 heures pour fixer le rendez-vous de livraison.",
                "2026-11-18T08:05:00-05:00"),
        promise("p3", "2026-11-17T09:41:00-05:00", "c4", "reply",
                "Nous répondrons à votre courriel dans un délai de 48 heures.",
                "2026-11-19T09:41:00-05:00"),
        promise("p4", "2026-11-19T15:30:00-05:00", "c8", "callback",
                "Mélanie vérifie avec l’entrepôt et me rappelle avant 17 h aujourd’hui.",
                "2026-11-19T17:00:00-05:00", status="broken",
                settled_at="2026-11-20T18:00:00-05:00"),
        promise("p5", "2026-11-20T10:05:00-05:00", "c10", "reply",
                "Le service à la clientèle vous écrira d’ici mardi.", "2026-11-24"),
    ],
    "statements": [
        statement("s1", "2026-11-14T10:13:00-05:00", "c1", "délai de livraison",
                  "5 jours ouvrables",
                  "« Livraison gratuite sous 5 jours ouvrables partout dans le Grand Montréal. »"),
        statement("s2", "2026-11-16T08:05:00-05:00", "c2", "statut de la commande",
                  "en cours de préparation",
                  "« Bonne nouvelle ! Votre commande est en cours de préparation. »"),
        statement("s3", "2026-11-19T15:30:00-05:00", "c8", "Délai de livraison",
                  "5 jours ouvrables",
                  "Mélanie : « Le délai, c’est 5 jours ouvrables, vous devriez être livrée "
                  "demain au plus tard. »"),
        statement("s4", "2026-11-20T10:05:00-05:00", "c10", "Statut de la commande",
                  "aucune trace de la commande",
                  "Sylvain, entrepôt de Laval : « Je n’ai aucune trace de cette commande-là, "
                  "ni par le numéro ni par votre nom. »"),
    ],
    "attachments": [
        attachment("a1", "attachments/confirmation-commande.png", "2026-11-14T10:14:00-05:00",
                   "Courriel de confirmation de commande (capture d’écran)", ["c1", "p1", "s1"]),
        attachment("a2", "attachments/reponse-automatique.eml", "2026-11-17T09:41:00-05:00",
                   "Réponse automatique du service à la clientèle (courriel original .eml)",
                   ["c4", "p3"]),
        attachment("a3", "attachments/page-mes-commandes.png", "2026-11-20T11:00:00-05:00",
                   "Page « Mes commandes » : un numéro, sans statut ni date (capture d’écran)",
                   ["n1"]),
        attachment("a4", "attachments/photo-carnet-appels.jpg", "2026-11-20T21:10:00-05:00",
                   "Photo de mon carnet où je note chaque appel", ["c6", "c8", "c10"]),
        attachment("a5", "attachments/mise-en-demeure-2026-11-23.pdf", "2026-11-23T08:30:00-05:00",
                   "Mise en demeure du 23 novembre 2026, jointe au courriel (PDF)", ["c11"]),
    ],
    "notes": [
        note("n1", "2026-11-20T11:05:00-05:00",
             "La page « Mes commandes » n’affiche que « Commande n° 100-48213 » : ni statut, ni "
             "date de livraison, ni même le produit."),
        note("n2", "2026-11-21T09:30:00-05:00",
             "L’ancien lit a été donné le 15 novembre en prévision de la livraison ; nous dormons "
             "sur le matelas posé au sol."),
    ],
}

# ---- 2. Laptop for store pickup (France, French) -------------------------------------------

LAPTOP = {
    "format": "papertrail-case",
    "version": 1,
    "case": {
        "title": "Ordinateur portable à retirer en magasin : ni e-mail, ni ordinateur",
        "merchant": {
            "name": "TechnoCité SAS",
            "website": "https://www.technocite.example",
            "email": "service-client@technocite.example",
            "phone": "09 77 42 12 34",
            "address": "Magasin Lyon Part-Dieu, 17 rue du Docteur Bouchut, 69003 Lyon",
            "company_id": "SIREN 123 456 789",
            "mediator": "Médiateur du e-commerce (FEVAD)",
        },
        "consumer": {
            "name": "Camille Lefèvre",
            "email": "camille.lefevre@courriel.example",
            "phone": "06 39 98 12 34",
            "address": "12 rue Paul Bert, 69003 Lyon",
        },
        "order_reference": "TC-2026-884517",
        "product": "Ordinateur portable Altis 14 Pro (16 Go, SSD 1 To), retrait en magasin",
        "price": {"amount": "1249.90", "currency": "EUR"},
        "ordered_at": "2026-10-20T21:47:00+02:00",
        "time_zone": "Europe/Paris",
        "jurisdiction": "fr",
        "language": "fr",
        "desired_resolution": "Remise de l’ordinateur sous 8 jours, ou remboursement intégral de "
                              "1 249,90 € et des 15,20 € d’appel surtaxé.",
        "status": "escalated",
        "contract_kind": "distance",
        "delivery_agreed": "2026-10-24",
        "delivery_essential": False,
        "delivered_at": None,
        "payment": payment("debit_card", "visa", "2091", "Banque Exemple",
                           "2026-10-20T21:47:00+02:00", descriptor="TECHNOCITE LYON",
                           amount={"amount": "1249.90", "currency": "EUR"}),
        "refunds": [],
        # The call to the premium-rate number the site's "local rate" number redirected to.
        "costs": [{"label": "Appel surtaxé au 08 99 65 12 34 (19 min à 0,80 € la minute)",
                   "amount": {"amount": "15.20", "currency": "EUR"},
                   "at": "2026-10-23T09:44:00+02:00"}],
        "narrative": (
            "Le mardi 20 octobre au soir, j’ai commandé et payé un Altis 14 Pro sur "
            "technocite.example, en « retrait gratuit en magasin » à Lyon Part-Dieu. La page de "
            "confirmation annonçait un retrait à partir du 24/10/2026 et l’e-mail d’accusé de "
            "réception précisait qu’il fallait attendre un second e-mail « Votre commande est "
            "prête » avant de se présenter. Cet e-mail n’est jamais arrivé.\n\n"
            "Le 23, la page de suivi affichait une autre date : « mardi 27 octobre 2026 ». Le "
            "numéro du service client, présenté sur le site comme « au prix d’un appel local », "
            "annonce en réalité un service à 0,80 € la minute, puis renvoie vers un autre numéro. "
            "Une conseillère (ticket TK-558120) m’a juré que l’e-mail n’était pas nécessaire : "
            "pièce d’identité et numéro de commande suffiraient dès le samedi 24.\n\n"
            "Le samedi 24, personne au comptoir « Retrait commandes » pendant 35 minutes ; le "
            "vendeur a refusé de me remettre quoi que ce soit sans l’e-mail. Depuis : un "
            "transfert, un rappel promis qui n’est jamais venu, deux e-mails et une lettre "
            "recommandée sans réponse."
        ),
    },
    "contacts": [
        contact("c1", "2026-10-20T21:48:00+02:00", "email", "incoming",
                "Accusé de réception de la commande TC-2026-884517. « Vous recevrez un second "
                "e-mail “Votre commande est prête” : merci de l’attendre avant de vous présenter "
                "en magasin. » Commande conservée jusqu’au 07/11/2026.",
                "answered", counterpart="TechnoCité (ne-pas-repondre@technocite.example)",
                reference="TC-2026-884517"),
        contact("c2", "2026-10-23T09:02:00+02:00", "phone", "outgoing",
                "Appel au 09 77 42 12 34 (« prix d’un appel local » selon le site). Message "
                "enregistré : « Service 0,80 € TTC la minute » ; « pour le suivi de votre "
                "commande, composez le 08 99 65 12 34 ». 14 minutes d’attente, puis coupure.",
                "disconnected", counterpart="Serveur vocal TechnoCité", wait=14, duration=16),
        contact("c3", "2026-10-23T09:25:00+02:00", "phone", "outgoing",
                "Appel au 08 99 65 12 34. Après 11 minutes d’attente, Sandrine ouvre le ticket "
                "TK-558120 et me jure que l’e-mail n’est pas nécessaire : « Présentez-vous dès "
                "samedi avec une pièce d’identité et le numéro de commande, ça marche sans "
                "l’e-mail. » Commande gardée jusqu’au samedi 7 novembre 2026.",
                "answered", counterpart="Sandrine (service client)", reference="Ticket TK-558120",
                wait=11, duration=19),
        contact("c4", "2026-10-24T10:40:00+02:00", "in_person", "outgoing",
                "Magasin Lyon Part-Dieu, comptoir « Retrait commandes » : personne pendant 35 "
                "minutes malgré la sonnette. Karim, vendeur au rayon informatique, refuse de "
                "remettre la commande sans l’e-mail « Votre commande est prête » et dit ne voir "
                "« aucun ordinateur en attente à ce nom ».",
                "refused", counterpart="Karim (vendeur, magasin Lyon Part-Dieu)", wait=35,
                duration=45),
        contact("c5", "2026-10-26T09:00:00+01:00", "email", "outgoing",
                "E-mail au service client : récit du samedi, demande d’une date de retrait ferme "
                "et de l’e-mail de mise à disposition.",
                "auto_reply_only", counterpart="Service client (service-client@technocite.example)",
                reference="Ticket TK-558120", reply_days=2,
                purpose="complaint"),
        contact("c6", "2026-10-26T09:01:00+01:00", "email", "incoming",
                "Réponse automatique : « Votre demande a bien été enregistrée. Délai de "
                "traitement : 72 heures. »",
                "auto_reply_only", counterpart="Service client (service-client@technocite.example)",
                in_reply_to="c5"),
        contact("c7", "2026-10-27T14:10:00+01:00", "phone", "outgoing",
                "Nouvel appel au 08 99 65 12 34 : 23 minutes d’attente. Thomas relit le ticket "
                "TK-558120 et me transfère au « service retrait magasin ».",
                "transferred", counterpart="Thomas (service client)", reference="Ticket TK-558120",
                wait=23, duration=9),
        contact("c8", "2026-10-27T14:19:00+01:00", "phone", "outgoing",
                "Suite du transfert : 12 minutes d’attente de plus. Nadia voit la commande "
                "« en attente de préparation », dit que l’e-mail partira « dans la semaine » et "
                "promet de me rappeler sous 48 heures.",
                "callback_promised", counterpart="Nadia (service retrait magasin)",
                reference="Ticket TK-558120", wait=12, duration=14),
        contact("c9", "2026-10-29T18:00:00+01:00", "email", "outgoing",
                "Relance par e-mail : ni rappel de Nadia, ni e-mail de mise à disposition. Je "
                "demande une réponse écrite sous 24 heures.",
                "no_answer", counterpart="Service client (service-client@technocite.example)",
                reference="Ticket TK-558120", reply_days=1, in_reply_to="c5"),
        contact("c10", "2026-11-03T10:00:00+01:00", "letter", "outgoing",
                "Lettre recommandée avec avis de réception (mise en demeure) au siège : remise de "
                "l’ordinateur ou remboursement sous 8 jours. Avis de réception signé le 5 "
                "novembre.",
                "no_answer", counterpart="TechnoCité SAS, service relations clientèle",
                reference="LRAR 1A 198 765 4321 0", reply_days=8,
                purpose="formal_notice", deadline="2026-11-13", received_at="2026-11-05"),
        contact("c11", "2026-11-16T10:05:00+01:00", "social_media", "outgoing",
                "Message privé au compte @TechnoCite_SAV : résumé du dossier, références de la "
                "commande, du ticket et du recommandé.",
                "no_answer", counterpart="@TechnoCite_SAV", reply_days=2),
    ],
    "promises": [
        promise("p1", "2026-10-20T21:48:00+02:00", "c1", "other",
                "Un second e-mail « Votre commande est prête » vous sera envoyé avant le retrait.",
                "2026-10-24", status="broken", settled_at="2026-10-27T14:40:00+01:00"),
        promise("p2", "2026-10-20T21:47:00+02:00", "a1", "pickup",
                "Retrait gratuit en magasin Lyon Part-Dieu à partir du 24/10/2026.",
                "2026-10-24", status="broken", settled_at="2026-10-24T11:25:00+02:00"),
        promise("p3", "2026-10-26T09:01:00+01:00", "c6", "reply",
                "Délai de traitement de votre demande : 72 heures.",
                "2026-10-29T09:01:00+01:00"),
        promise("p4", "2026-10-27T14:19:00+01:00", "c8", "callback",
                "Nadia me rappelle sous 48 heures.", "2026-10-29T14:19:00+01:00"),
    ],
    "statements": [
        statement("s1", "2026-10-20T21:47:00+02:00", "a1", "date de retrait", "24/10/2026",
                  "Page de confirmation du site : « Retrait en magasin à partir du 24/10/2026 »."),
        statement("s2", "2026-10-23T08:12:00+02:00", "a2", "Date de retrait",
                  "mardi 27 octobre 2026",
                  "Page de suivi de commande : « Date de retrait estimée : mardi 27 octobre 2026 »."),
        statement("s3", "2026-10-20T21:48:00+02:00", "c1", "date limite de retrait", "07/11/2026",
                  "Accusé de réception : « Votre commande sera conservée jusqu’au 07/11/2026. »"),
        statement("s4", "2026-10-23T09:25:00+02:00", "c3", "Date limite de retrait",
                  "samedi 7 novembre 2026",
                  "Sandrine : « On vous la garde jusqu’au samedi 7 novembre 2026. »"),
        statement("s5", "2026-10-23T08:15:00+02:00", "a3", "coût de l'appel",
                  "prix d’un appel local",
                  "Page « Contact » : « Service client : 09 77 42 12 34 (prix d’un appel local) »."),
        statement("s6", "2026-10-23T09:02:00+02:00", "c2", "Coût de l'appel",
                  "0,80 € TTC la minute",
                  "Message enregistré : « Service 0,80 € TTC la minute, plus le prix d’un appel. »"),
        statement("s7", "2026-10-23T08:15:00+02:00", "a3", "numéro du service client",
                  "09 77 42 12 34", "Page « Contact » du site."),
        # A number the recorded message redirects to is another fact (where to call for
        # tracking), not a second answer on the service's number.
        statement("s8", "2026-10-23T09:02:00+02:00", "c2", "numéro pour le suivi de commande",
                  "08 99 65 12 34",
                  "Message enregistré : « Pour le suivi de votre commande, composez le "
                  "08 99 65 12 34. »"),
        # One agent says pickup works without the email, the next refuses it: one topic, two
        # values.
        statement("s9", "2026-10-23T09:25:00+02:00", "c3", "retrait sans l’e-mail",
                  "possible avec pièce d’identité et numéro de commande",
                  "Sandrine : « Présentez-vous dès samedi avec une pièce d’identité et le numéro "
                  "de commande, ça marche sans l’e-mail. »"),
        statement("s10", "2026-10-24T10:40:00+02:00", "c4", "Retrait sans l’e-mail", "refusé",
                  "Karim : « Sans l’e-mail “Votre commande est prête”, je ne peux rien vous "
                  "remettre. »"),
        statement("s11", "2026-10-27T14:19:00+01:00", "c8", "statut de la commande",
                  "en attente de préparation",
                  "Nadia : « Votre commande est en attente de préparation ; l’e-mail partira "
                  "dans la semaine. »"),
    ],
    "attachments": [
        attachment("a1", "attachments/confirmation-commande-site.png", "2026-10-20T21:47:00+02:00",
                   "Page de confirmation de commande du site (capture d’écran)",
                   ["p1", "p2", "s1"]),
        attachment("a2", "attachments/suivi-commande.png", "2026-10-23T08:12:00+02:00",
                   "Page de suivi de commande avec une autre date de retrait (capture d’écran)",
                   ["s2"]),
        attachment("a3", "attachments/page-contact-service-client.png",
                   "2026-10-23T08:15:00+02:00",
                   "Page « Contact » : numéro « au prix d’un appel local » (capture d’écran)",
                   ["s5", "s7"]),
        attachment("a4", "attachments/photo-comptoir-retrait.jpg", "2026-10-24T10:58:00+02:00",
                   "Photo du comptoir « Retrait commandes » vide, samedi 24 octobre à 10 h 58",
                   ["c4", "p2"]),
        attachment("a5", "attachments/lettre-mise-en-demeure.txt", "2026-11-03T09:30:00+01:00",
                   "Texte de la lettre recommandée de mise en demeure", ["c10"]),
        attachment("a6", "attachments/reclamation-2026-10-26.eml", "2026-10-26T09:00:00+01:00",
                   "E-mail de réclamation du 26 octobre 2026 (copie du message envoyé)", ["c5"]),
        attachment("a7", "attachments/avis-de-reception-lrar.pdf", "2026-11-06T18:00:00+01:00",
                   "Avis de réception de la mise en demeure, signé le 5 novembre 2026 (PDF)",
                   ["c10"]),
    ],
    "notes": [
        note("n1", "2026-10-23T09:50:00+02:00",
             "Appel au 08 99 65 12 34 : 19 minutes à 0,80 € la minute, soit 15,20 € pour "
             "m’entendre dire que l’e-mail n’était pas nécessaire."),
        note("n2", "2026-10-24T11:30:00+02:00",
             "Demi-journée de congé posée pour le retrait ; 45 minutes de tram aller-retour."),
    ],
}

# ---- 3. Refund never came (Ontario, English) -----------------------------------------------

REFUND = {
    "format": "papertrail-case",
    "version": 1,
    "case": {
        "title": "Espresso machine returned in September, refund never came",
        "merchant": {
            "name": "Northway Home Electronics Ltd.",
            "website": "https://www.northwayhome.example",
            "email": "support@northwayhome.example",
            "phone": "+1 416 555 0142",
            "address": "880 Logistics Drive, Mississauga, ON  L5T 1Z9",
            "company_id": "Ontario Corporation No. 2345678",
            "mediator": None,
        },
        "consumer": {
            "name": "Daniel Okafor",
            "email": "daniel.okafor@mail.example",
            "phone": "+1 647 555 0193",
            "address": "221 Queen Street West, Apt 5, Toronto, ON  M5V 1Z4",
        },
        "order_reference": "NW-3318842",
        "product": "Brevia Pro 2 espresso machine, stainless steel",
        "price": {"amount": "649.99", "currency": "CAD"},
        "ordered_at": "2026-08-28T20:15:00-04:00",
        "time_zone": "America/Toronto",
        "jurisdiction": "ca-on",
        "language": "en",
        "desired_resolution": "Full refund of CAD 649.99 to my Visa card by November 30, 2026, "
                              "with no restocking fee.",
        "status": "escalated",
        "contract_kind": "distance",
        "delivery_agreed": None,
        "delivery_essential": False,
        "delivered_at": "2026-08-29",
        "payment": payment("credit_card", "visa", "5820", "Maple Trust Bank",
                           "2026-08-28T20:15:00-04:00", statement_date="2026-09-18",
                           descriptor="NORTHWAY HOME ELECTRON MISSISSAUGA ON"),
        "refunds": [],
        "narrative": (
            "The espresso machine I ordered on August 28 started leaking from the pump after ten "
            "days. Northway's chat authorized the return (RMA-77120) and I dropped it off at "
            "Canada Post on September 10. On September 15 they emailed that the return was "
            "received and that my refund of CAD 649.99 would reach my card within 14 days.\n\n"
            "It never did. Billing told me on October 6 the refund was \"processed\"; two weeks "
            "later the chat said it was \"pending warehouse inspection\" and promised it within "
            "5–7 business days. On November 10 another agent announced a 10% restocking fee "
            "nobody had mentioned, a new date of November 27, and a supervisor callback that "
            "never happened. Since the refund fell due, my emails have only got auto-replies, and "
            "one call hung up after 41 minutes on hold. My card statement still shows no credit."
        ),
    },
    "contacts": [
        contact("c1", "2026-09-08T19:20:00-04:00", "chat", "outgoing",
                "Website chat: the machine leaks from the pump after ten days of use. Priya "
                "authorizes a return and issues RMA-77120.",
                "answered", counterpart="Priya (online support)", reference="RMA-77120",
                wait=6, duration=14),
        contact("c2", "2026-09-08T19:34:00-04:00", "email", "incoming",
                "Email with the prepaid Canada Post return label for RMA-77120.",
                "answered", counterpart="Northway Returns (returns@northwayhome.example)",
                reference="RMA-77120", in_reply_to="c1"),
        contact("c3", "2026-09-12T10:30:00-04:00", "email", "outgoing",
                "Email to returns: Canada Post shows the parcel delivered to the Mississauga "
                "returns centre on September 11. Asked them to confirm receipt and the refund.",
                "other", counterpart="Northway Returns (returns@northwayhome.example)",
                reference="RMA-77120", reply_days=3),
        contact("c4", "2026-09-15T10:02:00-04:00", "email", "incoming",
                "\"We've received your return. Your refund of CAD 649.99 will be issued to your "
                "original payment method within 14 days.\"",
                "answered", counterpart="Northway Returns (returns@northwayhome.example)",
                reference="RMA-77120", in_reply_to="c3"),
        contact("c5", "2026-09-30T09:10:00-04:00", "email", "outgoing",
                "Email to support: the 14 days are over and no refund has reached my Visa. Asked "
                "for the refund date and a transaction reference.",
                "auto_reply_only", counterpart="Support (support@northwayhome.example)",
                reference="RMA-77120", purpose="complaint"),
        contact("c6", "2026-09-30T09:11:00-04:00", "email", "incoming",
                "Auto-reply: \"Thanks for reaching out! Our team aims to respond within 2 "
                "business days.\"",
                "auto_reply_only", counterpart="Support (support@northwayhome.example)",
                in_reply_to="c5"),
        contact("c7", "2026-10-06T12:05:00-04:00", "phone", "outgoing",
                "Called 416-555-0142, 38 minutes on hold. Derek in billing says the refund was "
                "processed on September 28 and that banks take 3–5 business days.",
                "answered", counterpart="Derek (billing)", reference="Case 00482291",
                wait=38, duration=47),
        contact("c8", "2026-10-14T20:45:00-04:00", "email", "outgoing",
                "Follow-up email: Visa confirms no credit from Northway has been received or is "
                "pending. Asked for proof of the September 28 refund.",
                "no_answer", counterpart="Support (support@northwayhome.example)",
                reference="Case 00482291", in_reply_to="c5"),
        contact("c9", "2026-10-20T13:12:00-04:00", "chat", "outgoing",
                "Website chat, 9 minutes in the queue. Marcus says the refund is \"pending "
                "warehouse inspection\", confirms the return was received on September 15, 2026 "
                "and promises a full refund of 649.99 CAD within 5–7 business days.",
                "answered", counterpart="Marcus (online support)", reference="Chat #CX-5512094",
                wait=9, duration=22),
        contact("c10", "2026-11-02T08:30:00-05:00", "email", "outgoing",
                "Third email: the 5–7 business days have passed too. Asked for the refund within "
                "48 hours.",
                "auto_reply_only", counterpart="Support (support@northwayhome.example)",
                reference="Chat #CX-5512094", in_reply_to="c5"),
        contact("c11", "2026-11-02T08:31:00-05:00", "email", "incoming",
                "Same auto-reply again: \"Our team aims to respond within 2 business days.\"",
                "auto_reply_only", counterpart="Support (support@northwayhome.example)",
                in_reply_to="c10"),
        contact("c12", "2026-11-05T16:00:00-05:00", "phone", "outgoing",
                "Called 416-555-0142: 41 minutes of hold music, then the line went dead.",
                "disconnected", wait=41, duration=41),
        contact("c13", "2026-11-10T11:15:00-05:00", "phone", "outgoing",
                "Called again, 26 minutes on hold. Angela in returns says a 10% restocking fee "
                "applies, so the refund will be CAD 584.99, issued by November 27. She promises "
                "a supervisor will call me back within 24 hours about the fee.",
                "callback_promised", counterpart="Angela (returns)", reference="Case 00482291",
                wait=26, duration=35),
        contact("c14", "2026-11-18T09:00:00-05:00", "letter", "outgoing",
                "Demand letter by registered mail to the head office: full refund of CAD 649.99 "
                "by November 30, otherwise a chargeback and a complaint to Consumer Protection "
                "Ontario.",
                "no_answer", counterpart="Northway Home Electronics Ltd., Customer Relations",
                reference="Registered mail RN 123 456 789 CA", reply_days=10,
                purpose="formal_notice", deadline="2026-11-30",
                received_at="2026-11-20T10:42:00-05:00"),
    ],
    "promises": [
        promise("p1", "2026-09-15T10:02:00-04:00", "c4", "refund",
                "Refund of CAD 649.99 to the original payment method within 14 days.",
                "2026-09-29", status="broken", settled_at="2026-09-30T09:00:00-04:00"),
        promise("p2", "2026-10-20T13:12:00-04:00", "c9", "refund",
                "Full refund of 649.99 CAD to the Visa card within 5–7 business days.",
                "2026-10-29"),
        promise("p3", "2026-11-10T11:15:00-05:00", "c13", "refund",
                "Refund (minus a 10% restocking fee) issued by November 27.", "2026-11-27"),
        promise("p4", "2026-11-10T11:15:00-05:00", "c13", "callback",
                "A supervisor will call back within 24 hours about the restocking fee.",
                "2026-11-11T11:15:00-05:00"),
    ],
    "statements": [
        statement("s1", "2026-09-15T10:02:00-04:00", "c4", "return received", "Sep 15, 2026",
                  "\"We've received your return (RMA-77120) on Sep 15, 2026.\""),
        statement("s2", "2026-09-15T10:02:00-04:00", "c4", "refund amount", "CAD 649.99",
                  "\"Refund amount: CAD 649.99.\""),
        statement("s3", "2026-10-06T12:05:00-04:00", "c7", "refund status", "processed",
                  "Derek: \"Your refund was processed on September 28, it's with your bank now.\""),
        statement("s4", "2026-10-20T13:12:00-04:00", "c9", "Refund status",
                  "pending warehouse inspection",
                  "Marcus: \"The refund is still pending warehouse inspection.\""),
        statement("s5", "2026-10-20T13:12:00-04:00", "c9", "Return received",
                  "September 15, 2026",
                  "Marcus: \"I can see the warehouse received the unit on September 15, 2026.\""),
        statement("s6", "2026-10-20T13:12:00-04:00", "c9", "Refund amount", "649.99 CAD",
                  "Marcus: \"You'll get the full 649.99 CAD back.\""),
        statement("s7", "2026-11-10T11:15:00-05:00", "c13", "refund amount", "CAD 584.99",
                  "Angela: \"With the 10% restocking fee your refund comes to CAD 584.99.\""),
    ],
    "attachments": [
        attachment("a1", "attachments/return-drop-off-receipt.jpg", "2026-09-10T17:40:00-04:00",
                   "Photo of the Canada Post receipt for the return parcel", ["n1"]),
        attachment("a2", "attachments/return-received-email.png", "2026-09-15T10:05:00-04:00",
                   "\"We've received your return\" email (screenshot)", ["c4", "p1", "s1", "s2"]),
        attachment("a3", "attachments/chat-2026-10-20.png", "2026-10-20T13:36:00-04:00",
                   "Chat with Marcus on October 20 (screenshot)", ["c9", "p2", "s4", "s5", "s6"]),
        attachment("a4", "attachments/chat-2026-10-20.txt", "2026-10-20T13:36:00-04:00",
                   "Chat transcript emailed by the chat widget (text)", ["c9"]),
        attachment("a5", "attachments/visa-statement-november.png", "2026-11-16T07:50:00-05:00",
                   "Visa statement: the purchase, and still no refund (screenshot)", ["p1", "p2"]),
        attachment("a6", "attachments/canada-post-delivery-confirmation.pdf",
                   "2026-11-20T18:00:00-05:00",
                   "Canada Post delivery confirmation: demand letter signed for on November 20 (PDF)",
                   ["c14"]),
    ],
    "notes": [
        note("n1", "2026-09-10T17:45:00-04:00",
             "Dropped the boxed machine off at the Canada Post counter on Queen St W. Tracking "
             "7023 4418 9960 2215."),
        note("n2", "2026-11-16T08:00:00-05:00",
             "Visa statement still shows no credit. Visa says a chargeback is possible once the "
             "merchant has had a fair chance: keep every date."),
    ],
}

CASES = {
    "bed-never-delivered": BED,
    "laptop-store-pickup": LAPTOP,
    "refund-never-came": REFUND,
}

# --------------------------------------------------------------------------------------------
# Drawing helpers
# --------------------------------------------------------------------------------------------


def pil():
    try:
        from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: F401
    except ImportError:
        sys.exit("Pillow is needed to generate the images: pip install pillow")
    import PIL
    return PIL


def font(size, bold=False, mono=False):
    from PIL import ImageFont
    if mono:
        for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",):
            if Path(cand).exists():
                return ImageFont.truetype(cand, size)
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def wrap(text, fnt, width):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = w if not line else line + " " + w
            if fnt.getlength(cand) <= width:
                line = cand
            else:
                if line:
                    lines.append(line)
                line = w
        lines.append(line)
    return lines


class Page:
    """A tall canvas drawn top to bottom, cropped to its content when saved."""

    def __init__(self, width, bg=(255, 255, 255), max_height=2400):
        from PIL import Image, ImageDraw
        self.img = Image.new("RGB", (width, max_height), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w = width
        self.y = 0

    def text(self, x, text, size=16, bold=False, fill=(30, 30, 30), width=None, gap=6, mono=False):
        f = font(size, bold, mono)
        width = width or (self.w - x - 40)
        for line in wrap(text, f, width):
            self.d.text((x, self.y), line, font=f, fill=fill)
            self.y += size + gap
        return self

    def rect(self, box, fill, outline=None, radius=0, width=1):
        if radius:
            self.d.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def save_png(self, path, min_height=0, colors=128):
        from PIL import Image
        h = max(self.y + 30, min_height)
        img = self.img.crop((0, 0, self.w, h))
        img = img.quantize(colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        img.save(path, optimize=True)


def browser_chrome(page, url, tab):
    """Draws a desktop browser's title bar, tab and address bar; returns the content top y."""
    w = page.w
    page.rect((0, 0, w, 84), fill=(222, 225, 230))
    for i, c in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]):
        page.d.ellipse((16 + i * 22, 14, 30 + i * 22, 28), fill=c)
    page.rect((90, 8, 420, 40), fill=(255, 255, 255), radius=8)
    page.d.text((106, 15), tab, font=font(14), fill=(40, 40, 40))
    page.d.text((398, 14), "×", font=font(15), fill=(110, 110, 110))
    page.rect((0, 40, w, 84), fill=(255, 255, 255))
    page.d.text((18, 50), "←   →   ⟳", font=font(18), fill=(110, 110, 110))
    page.rect((130, 48, w - 80, 76), fill=(241, 243, 244), radius=14)
    page.d.rounded_rectangle((150, 60, 164, 71), radius=2, fill=(95, 99, 104))  # padlock
    page.d.arc((152, 52, 162, 64), 180, 360, fill=(95, 99, 104), width=2)
    page.d.text((174, 53), url, font=font(15), fill=(50, 50, 50))
    page.d.text((w - 60, 50), "⋮", font=font(20), fill=(110, 110, 110))
    page.d.line((0, 84, w, 84), fill=(200, 200, 200))
    page.y = 84
    return 84


def site_header(page, name, color, tagline=None, nav=()):
    y0 = page.y
    page.rect((0, y0, page.w, y0 + 70), fill=color)
    page.d.text((40, y0 + 18), name, font=font(28, bold=True), fill=(255, 255, 255))
    x = page.w - 40
    for item in reversed(nav):
        x -= font(15).getlength(item) + 28
        page.d.text((x, y0 + 27), item, font=font(15), fill=(255, 255, 255))
    if tagline:
        page.d.text((44 + font(28, True).getlength(name) + 16, y0 + 30), tagline, font=font(14),
                    fill=(230, 230, 230))
    page.y = y0 + 70


def mail_client(page, client, folder_items, subject, sender, to, date, brand, brand_color,
                body_blocks, footer):
    """A webmail view: folder column on the left, one open message on the right."""
    w = page.w
    top = page.y
    page.rect((0, top, w, top + 56), fill=(245, 247, 250))
    page.d.text((24, top + 14), client, font=font(22, bold=True), fill=(40, 70, 140))
    page.rect((260, top + 12, 760, top + 44), fill=(255, 255, 255), outline=(210, 214, 220),
              radius=16)
    page.d.ellipse((280, top + 20, 292, top + 32), outline=(130, 130, 130), width=2)  # search
    page.d.line((290, top + 30, 297, top + 37), fill=(130, 130, 130), width=2)
    page.d.line((0, top + 56, w, top + 56), fill=(220, 220, 220))
    side_w = 230
    y = top + 76
    for i, (label, count) in enumerate(folder_items):
        if i == 0:
            page.rect((10, y - 6, side_w - 10, y + 26), fill=(220, 232, 252), radius=12)
        page.d.text((30, y), label, font=font(15, bold=(i == 0)), fill=(40, 40, 40))
        if count:
            page.d.text((side_w - 40, y), str(count), font=font(14), fill=(60, 60, 60))
        y += 40
    x0 = side_w + 30
    page.y = top + 76
    page.text(x0, subject, size=24, bold=False, fill=(20, 20, 20))
    page.y += 8
    page.d.ellipse((x0, page.y, x0 + 44, page.y + 44), fill=brand_color)
    page.d.text((x0 + 13, page.y + 9), sender[0], font=font(22, bold=True), fill=(255, 255, 255))
    page.d.text((x0 + 58, page.y), sender, font=font(15, bold=True), fill=(30, 30, 30))
    page.d.text((x0 + 58, page.y + 22), to, font=font(14), fill=(100, 100, 100))
    dw = font(14).getlength(date)
    page.d.text((w - 40 - dw, page.y + 2), date, font=font(14), fill=(100, 100, 100))
    page.y += 70
    # The HTML message body, framed.
    bx0, bx1 = x0 + 20, w - 80
    page.rect((bx0, page.y, bx1, page.y + 64), fill=brand_color)
    page.d.text((bx0 + 24, page.y + 16), brand, font=font(26, bold=True), fill=(255, 255, 255))
    page.y += 84
    render_blocks(page, bx0 + 24, bx1 - bx0 - 48, body_blocks)
    page.y += 10
    page.d.line((bx0, page.y, bx1, page.y), fill=(220, 220, 220))
    page.y += 14
    page.text(bx0 + 24, footer, size=13, fill=(120, 120, 120), width=bx1 - bx0 - 48)
    page.d.line((side_w, top + 56, side_w, page.y + 30), fill=(230, 230, 230))


def render_blocks(page, x, width, blocks):
    for kind, *args in blocks:
        if kind == "h":
            page.text(x, args[0], size=22, bold=True, fill=args[1] if len(args) > 1 else (25, 25, 25),
                      width=width)
            page.y += 6
        elif kind == "p":
            page.text(x, args[0], size=16, width=width, gap=7)
            page.y += 10
        elif kind == "small":
            page.text(x, args[0], size=13, fill=(110, 110, 110), width=width)
            page.y += 6
        elif kind == "quote":
            y0 = page.y
            page.text(x + 20, args[0], size=18, bold=True, fill=args[1], width=width - 20)
            page.d.rectangle((x, y0, x + 5, page.y - 4), fill=args[1])
            page.y += 10
        elif kind == "kv":
            kf, vf = font(15), font(15, bold=True)
            for k, v in args[0]:
                page.d.text((x, page.y), k, font=kf, fill=(100, 100, 100))
                page.d.text((x + 240, page.y), v, font=vf, fill=(30, 30, 30))
                page.y += 26
            page.y += 10
        elif kind == "box":
            text, fill, outline = args[0], args[1], args[2]
            f = font(16, bold=True)
            lines = wrap(text, f, width - 40)
            h = len(lines) * 24 + 26
            page.rect((x, page.y, x + width, page.y + h), fill=fill, outline=outline, radius=8,
                      width=2)
            yy = page.y + 13
            for line in lines:
                page.d.text((x + 20, yy), line, font=f, fill=(30, 30, 30))
                yy += 24
            page.y += h + 16
        elif kind == "item":
            name, detail, price, color = args
            page.rect((x, page.y, x + 110, page.y + 90), fill=color, radius=6)
            page.d.text((x + 130, page.y + 8), name, font=font(17, bold=True), fill=(30, 30, 30))
            page.d.text((x + 130, page.y + 36), detail, font=font(14), fill=(100, 100, 100))
            pw = font(18, bold=True).getlength(price)
            page.d.text((x + width - pw, page.y + 8), price, font=font(18, bold=True),
                        fill=(30, 30, 30))
            page.y += 108
        elif kind == "button":
            f = font(16, bold=True)
            tw = f.getlength(args[0])
            page.rect((x, page.y, x + tw + 48, page.y + 44), fill=args[1], radius=6)
            page.d.text((x + 24, page.y + 11), args[0], font=f, fill=(255, 255, 255))
            page.y += 62
        elif kind == "rule":
            page.d.line((x, page.y, x + width, page.y), fill=(225, 225, 225), width=1)
            page.y += 16
        elif kind == "space":
            page.y += args[0]
        elif kind == "table":
            header, rows, col_x = args
            f, fb = font(15), font(15, bold=True)
            page.rect((x, page.y, x + width, page.y + 36), fill=(240, 242, 245))
            for cx, h in zip(col_x, header):
                hx = x + width + cx - fb.getlength(h) if cx < 0 else x + cx
                page.d.text((hx, page.y + 9), h, font=fb, fill=(60, 60, 60))
            page.y += 36
            for row in rows:
                for cx, cell in zip(col_x, row):
                    right = cx < 0
                    if right:
                        cw = f.getlength(cell)
                        page.d.text((x + width + cx - cw, page.y + 10), cell, font=f,
                                    fill=(30, 30, 30))
                    else:
                        page.d.text((x + cx, page.y + 10), cell, font=f, fill=(30, 30, 30))
                page.y += 38
                page.d.line((x, page.y, x + width, page.y), fill=(230, 230, 230))
            page.y += 16
        else:
            raise ValueError(kind)


def add_noise(img, amount, rng):
    """Adds sensor-like noise (deterministic from rng)."""
    from PIL import Image
    # A seeded noise tile (Image.effect_noise is not reproducible).
    tile = Image.new("L", (128, 128))
    tile.putdata([max(0, min(255, int(rng.gauss(128, amount)))) for _ in range(128 * 128)])
    noise = Image.new("L", img.size)
    for ty in range(0, img.size[1], 128):
        for tx in range(0, img.size[0], 128):
            noise.paste(tile.rotate(90 * ((tx + ty) // 128 % 4)), (tx, ty))
    noise_rgb = Image.merge("RGB", (noise, noise, noise))
    return Image.blend(img, noise_rgb, 0.06)


def vignette(img, strength=0.45):
    from PIL import Image, ImageDraw, ImageFilter
    w, h = img.size
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).ellipse((-w * 0.15, -h * 0.15, w * 1.15, h * 1.15), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(min(w, h) // 6))
    dark = Image.new("RGB", (w, h), (0, 0, 0))
    out = Image.composite(img, Image.blend(img, dark, strength), mask)
    return out


def handwriting_layer(size, lines, rng, color=(28, 40, 110), start=(70, 120), step=64, fsize=30):
    """Text in a slanted, slightly wobbly hand, on a transparent layer."""
    from PIL import Image, ImageDraw
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    y = start[1]
    for line in lines:
        strip = Image.new("RGBA", (size[0], step + 20), (0, 0, 0, 0))
        d = ImageDraw.Draw(strip)
        x = start[0] + rng.randint(-4, 6)
        for word in line.split(" "):
            f = font(fsize + rng.randint(-1, 2), bold=rng.random() < 0.25)
            d.text((x, 8 + rng.randint(-2, 2)), word, font=f, fill=color + (235,))
            x += f.getlength(word + " ") + rng.randint(-2, 3)
        shear = 0.22
        strip = strip.transform(strip.size, Image.Transform.AFFINE,
                                (1, shear, -shear * 10, 0, 1, 0), resample=Image.Resampling.BICUBIC)
        strip = strip.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC)
        layer.alpha_composite(strip, (0, y))
        y += step
    return layer


# --------------------------------------------------------------------------------------------
# The attachments of each case
# --------------------------------------------------------------------------------------------

BOREAL = (32, 86, 74)


def bed_confirmation(path):
    p = Page(1280)
    browser_chrome(p, "courriel.example/boite/commandes-meubles-boreal-100-48213",
                   "Courriel — Boîte de réception")
    mail_client(
        p, "Courriel", [("Boîte de réception", 3), ("Favoris", 0), ("Envoyés", 0),
                        ("Brouillons", 1), ("Corbeille", 0)],
        "Confirmation de votre commande n° 100-48213",
        "Meubles Boréal <commandes@meublesboreal.example>",
        "À : Geneviève Tremblay <genevieve.tremblay@courriel.example>",
        "sam. 14 nov. 2026, 10 h 13", "Meubles Boréal", BOREAL,
        [
            ("h", "Merci pour votre commande, Geneviève !"),
            ("p", "Nous avons bien reçu votre commande passée le 14 novembre 2026 à 10 h 12. "
                  "Voici le récapitulatif."),
            ("kv", [("Numéro de commande", "100-48213"),
                    ("Mode de paiement", "Visa se terminant par 4417"),
                    ("Livraison", "Gratuite, sous 5 jours ouvrables"),
                    ("Adresse de livraison", "4512, rue Fabre, Montréal (Québec) H2J 3V1")]),
            ("item", "Lit queen Alma — frêne massif", "Sommier à lattes inclus · Qté : 1",
             "899,00 $", (196, 160, 118)),
            ("rule",),
            ("kv", [("Sous-total", "899,00 $"), ("Livraison", "0,00 $"),
                    ("Total (taxes en sus)", "899,00 $")]),
            ("box", "Livraison gratuite sous 5 jours ouvrables partout dans le Grand Montréal. "
                    "Un agent communiquera avec vous pour fixer le rendez-vous.",
             (235, 245, 240), BOREAL),
            ("quote", "Chez Meubles Boréal, le client est roi.", BOREAL),
            ("p", "Une question ? Écrivez-nous à service@meublesboreal.example ou appelez le "
                  "514 555-0100, du lundi au samedi de 9 h à 18 h."),
        ],
        "Meubles Boréal inc. · 2250, boulevard Industriel, Laval (Québec) H7S 1P8 · Ce courriel "
        "vous est envoyé automatiquement, merci de ne pas y répondre.",
    )
    p.save_png(path)


def bed_order_page(path):
    p = Page(1280)
    browser_chrome(p, "https://www.meublesboreal.example/mon-compte/commandes",
                   "Mes commandes — Meubles Boréal")
    site_header(p, "Meubles Boréal", BOREAL, None,
                ("Chambre", "Salon", "Salle à manger", "Promotions", "Mon compte"))
    p.rect((0, p.y, p.w, p.y + 40), fill=(238, 243, 241))
    p.d.text((40, p.y + 10), "Accueil  ›  Mon compte  ›  Mes commandes", font=font(14),
             fill=(80, 80, 80))
    p.y += 70
    side = 300
    y0 = p.y
    for i, item in enumerate(["Mon profil", "Mes commandes", "Mes adresses", "Liste de souhaits",
                              "Déconnexion"]):
        p.d.text((40, y0 + i * 40), item, font=font(16, bold=(i == 1)),
                 fill=BOREAL if i == 1 else (60, 60, 60))
    p.y = y0
    x = side + 20
    p.text(x, "Mes commandes", size=28, bold=True)
    p.y += 14
    box_top = p.y
    p.rect((x, box_top, p.w - 60, box_top + 120), fill=(255, 255, 255), outline=(215, 215, 215),
           radius=8)
    p.d.text((x + 28, box_top + 26), "Commande n° 100-48213", font=font(20, bold=True),
             fill=(30, 30, 30))
    p.d.text((x + 28, box_top + 66), "Statut :", font=font(15), fill=(110, 110, 110))
    p.d.text((x + 100, box_top + 66), "—", font=font(15), fill=(110, 110, 110))
    p.d.text((x + 360, box_top + 66), "Date de livraison :", font=font(15), fill=(110, 110, 110))
    p.d.text((x + 510, box_top + 66), "—", font=font(15), fill=(110, 110, 110))
    p.rect((p.w - 250, box_top + 38, p.w - 90, box_top + 80), fill=(230, 230, 230), radius=6)
    p.d.text((p.w - 228, box_top + 49), "Voir le détail", font=font(15), fill=(160, 160, 160))
    p.y = box_top + 150
    p.text(x, "Le détail de cette commande n’est pas disponible pour le moment. Veuillez "
              "réessayer plus tard.", size=15, fill=(150, 60, 50))
    p.y += 30
    p.rect((0, p.y + 40, p.w, p.y + 140), fill=(40, 48, 46))
    p.d.text((40, p.y + 70), "© 2026 Meubles Boréal inc. · Livraison gratuite dans le Grand "
             "Montréal · Le client est roi", font=font(14), fill=(210, 210, 210))
    p.y += 130
    p.save_png(path)


def bed_call_log_photo(path):
    from PIL import Image, ImageDraw, ImageFilter
    rng = random.Random(1402)
    W, H = 1200, 900
    img = Image.new("RGB", (W, H), (120, 82, 52))
    d = ImageDraw.Draw(img)
    for i in range(0, H, 3):  # wood grain
        shade = int(18 * ((i * 7919) % 97) / 97)
        d.line((0, i, W, i + rng.randint(-6, 6)), fill=(128 - shade, 88 - shade, 56 - shade // 2))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    paper = Image.new("RGBA", (900, 1020), (250, 248, 238, 255))
    pd = ImageDraw.Draw(paper)
    for yy in range(110, 1020, 58):
        pd.line((0, yy, 900, yy), fill=(150, 180, 215, 255), width=2)
    pd.line((70, 0, 70, 1020), fill=(220, 120, 120, 255), width=2)
    for hy in range(40, 1000, 90):  # spiral holes
        pd.ellipse((14, hy, 34, hy + 20), fill=(120, 82, 52, 255))
    lines = [
        "Meubles Boréal — cde 100-48213",
        "mar. 17/11  9h40  courriel → réponse auto seulement",
        "mer. 18/11  midi  formulaire « Nous joindre » : rien",
        "jeu. 19/11  9h15  514 555-0100 : 25 min d'attente,",
        "        boîte vocale, message laissé",
        "jeu. 19/11  12h30  Facebook : « Vu », pas de réponse",
        "jeu. 19/11  15h30  Mélanie, dossier 58817",
        "        « je vous rappelle avant 17h » → RIEN",
        "ven. 20/11  10h05  entrepôt Laval (Sylvain) :",
        "        « aucune trace de la commande » !!",
        "ven. 20/11 = date limite de livraison. Pas de lit.",
    ]
    ink = handwriting_layer(paper.size, lines, rng, start=(90, 70), step=58, fsize=27)
    paper.alpha_composite(ink)
    paper = paper.rotate(-4.5, expand=True, resample=Image.Resampling.BICUBIC)
    shadow = Image.new("RGBA", paper.size, (0, 0, 0, 0))
    shadow.paste((0, 0, 0, 110), mask=paper.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    img = img.convert("RGBA")
    img.alpha_composite(shadow, (170, -30))
    img.alpha_composite(paper, (150, -60))
    # a pen lying on the table
    pen = Image.new("RGBA", (520, 30), (0, 0, 0, 0))
    ImageDraw.Draw(pen).rounded_rectangle((0, 4, 500, 26), radius=11, fill=(30, 60, 150, 255))
    ImageDraw.Draw(pen).polygon([(500, 8), (520, 15), (500, 22)], fill=(200, 200, 200, 255))
    pen = pen.rotate(58, expand=True, resample=Image.Resampling.BICUBIC)
    img.alpha_composite(pen, (930, 420))
    img = img.convert("RGB").filter(ImageFilter.GaussianBlur(0.6))
    img = Image.blend(img, Image.new("RGB", img.size, (255, 214, 160)), 0.07)  # warm lamp
    img = vignette(add_noise(img, 40, rng), 0.35)
    img.save(path, "JPEG", quality=80, optimize=True)


def bed_auto_reply_eml(path):
    text = (
        "Return-Path: <service@meublesboreal.example>\r\n"
        "From: =?UTF-8?Q?Service_=C3=A0_la_client=C3=A8le_Meubles_Bor=C3=A9al?= "
        "<service@meublesboreal.example>\r\n"
        "To: =?UTF-8?Q?Genevi=C3=A8ve_Tremblay?= <genevieve.tremblay@courriel.example>\r\n"
        "Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_:_Re:_Commande_100-48213_?="
        "=?UTF-8?Q?=E2=80=94_livraison?=\r\n"
        "Date: Tue, 17 Nov 2026 09:41:07 -0500\r\n"
        "Message-ID: <auto.20261117144107.58817@meublesboreal.example>\r\n"
        "In-Reply-To: <f3c1a2e0-100-48213@courriel.example>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "X-Autoreply: yes\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "Bonjour,\r\n"
        "\r\n"
        "Nous avons bien reçu votre courriel et nous vous remercions de votre patience.\r\n"
        "En raison d’un volume élevé de demandes, nous y répondrons dans un délai de\r\n"
        "48 heures.\r\n"
        "\r\n"
        "Pour toute question sur une livraison, veuillez indiquer votre numéro de\r\n"
        "commande. Vous pouvez aussi suivre votre commande dans la section « Mes\r\n"
        "commandes » de votre compte.\r\n"
        "\r\n"
        "Chez Meubles Boréal, le client est roi !\r\n"
        "\r\n"
        "— L’équipe du service à la clientèle\r\n"
        "Meubles Boréal inc. · 514 555-0100 · www.meublesboreal.example\r\n"
        "\r\n"
        "Ceci est un message automatique ; merci de ne pas y répondre.\r\n"
    )
    path.write_bytes(text.encode("utf-8"))


TECHNO = (214, 64, 38)


def laptop_confirmation_page(path):
    p = Page(1366)
    browser_chrome(p, "https://www.technocite.example/commande/confirmation?ref=TC-2026-884517",
                   "Commande confirmée — TechnoCité")
    site_header(p, "TechnoCité", TECHNO, "High-tech · Informatique · Retrait 1 h",
                ("Ordinateurs", "Téléphonie", "Image & son", "Mon compte", "Panier (0)"))
    p.y += 40
    x = 120
    p.d.ellipse((x, p.y, x + 56, p.y + 56), fill=(46, 160, 90))
    p.d.text((x + 14, p.y + 8), "✓", font=font(32, bold=True), fill=(255, 255, 255))
    p.d.text((x + 76, p.y + 4), "Merci Camille, votre commande est confirmée !",
             font=font(28, bold=True), fill=(30, 30, 30))
    p.d.text((x + 76, p.y + 42), "Commande n° TC-2026-884517 · passée le 20/10/2026 à 21:47",
             font=font(16), fill=(100, 100, 100))
    p.y += 100
    render_blocks(p, x, 1126, [
        ("item", "Ordinateur portable Altis 14 Pro", "14\" 2,8K · 16 Go · SSD 1 To · Qté 1",
         "1 249,90 €", (70, 80, 95)),
        ("rule",),
        ("kv", [("Mode de retrait", "Retrait gratuit en magasin"),
                ("Magasin", "TechnoCité Lyon Part-Dieu, 17 rue du Docteur Bouchut, 69003 Lyon"),
                ("Paiement", "Carte bancaire •••• 2091 — débité"),
                ("Total TTC", "1 249,90 €")]),
        ("box", "Retrait en magasin à partir du 24/10/2026 — attendez l’e-mail « Votre commande "
                "est prête » avant de vous déplacer.", (253, 240, 230), TECHNO),
        ("p", "Munissez-vous d’une pièce d’identité et de votre numéro de commande. Votre "
              "commande est conservée 14 jours après sa mise à disposition."),
        ("button", "Suivre ma commande", TECHNO),
    ])
    p.rect((0, p.y + 10, p.w, p.y + 90), fill=(35, 35, 40))
    p.d.text((40, p.y + 38), "Service client : 09 77 42 12 34 (prix d’un appel local) · "
             "CGV · Mentions légales · © 2026 TechnoCité SAS", font=font(14), fill=(200, 200, 200))
    p.y += 80
    p.save_png(path)


def laptop_tracking_page(path):
    p = Page(1366)
    browser_chrome(p, "https://www.technocite.example/mon-compte/commandes/TC-2026-884517",
                   "Suivi de commande — TechnoCité")
    site_header(p, "TechnoCité", TECHNO, None,
                ("Ordinateurs", "Téléphonie", "Image & son", "Mon compte", "Panier (0)"))
    p.y += 36
    x = 120
    p.text(x, "Suivi de la commande TC-2026-884517", size=28, bold=True)
    p.y += 10
    steps = [("Commande validée", "20/10/2026", True), ("Paiement accepté", "20/10/2026", True),
             ("En préparation", "", False), ("Prête à retirer", "", False),
             ("Retirée", "", False)]
    y = p.y + 20
    for i, (label, date, done) in enumerate(steps):
        cx = x + 40 + i * 270
        if i < len(steps) - 1:
            p.d.line((cx + 18, y + 18, cx + 270 - 18, y + 18),
                     fill=(46, 160, 90) if done else (210, 210, 210), width=4)
        p.d.ellipse((cx - 18, y, cx + 18, y + 36), fill=(46, 160, 90) if done else (210, 210, 210))
        lw = font(15, bold=done).getlength(label)
        p.d.text((cx - lw / 2, y + 50), label, font=font(15, bold=done),
                 fill=(30, 30, 30) if done else (140, 140, 140))
        if date:
            dw = font(13).getlength(date)
            p.d.text((cx - dw / 2, y + 74), date, font=font(13), fill=(110, 110, 110))
    p.y = y + 130
    render_blocks(p, x, 1126, [
        ("box", "Date de retrait estimée : mardi 27 octobre 2026", (255, 248, 225),
         (230, 170, 40)),
        ("kv", [("Magasin de retrait", "TechnoCité Lyon Part-Dieu"),
                ("Article", "Ordinateur portable Altis 14 Pro — 1 249,90 €"),
                ("E-mail « commande prête »", "non envoyé")]),
        ("small", "Les dates sont données à titre indicatif. Vous serez averti par e-mail dès "
                  "que votre commande sera prête."),
    ])
    p.y += 20
    p.rect((0, p.y, p.w, p.y + 80), fill=(35, 35, 40))
    p.d.text((40, p.y + 28), "Besoin d’aide ? 09 77 42 12 34 (prix d’un appel local) · "
             "© 2026 TechnoCité SAS", font=font(14), fill=(200, 200, 200))
    p.y += 70
    p.save_png(path)


def laptop_contact_page(path):
    p = Page(1366)
    browser_chrome(p, "https://www.technocite.example/aide/contact", "Contact — TechnoCité")
    site_header(p, "TechnoCité", TECHNO, None,
                ("Ordinateurs", "Téléphonie", "Image & son", "Mon compte", "Panier (0)"))
    p.y += 36
    x = 120
    p.text(x, "Nous contacter", size=30, bold=True)
    p.y += 6
    p.text(x, "Une question sur une commande, un retrait en magasin, un retour ? Nos conseillers "
              "vous répondent.", size=17, fill=(80, 80, 80))
    p.y += 24
    cards = [
        ("Par téléphone", ["09 77 42 12 34", "prix d’un appel local",
                           "du lundi au samedi, 9 h – 19 h"]),
        ("Par e-mail", ["service-client@technocite.example", "réponse sous 72 h ouvrées"]),
        ("En magasin", ["Lyon Part-Dieu", "comptoir « Retrait commandes »",
                        "du lundi au samedi, 10 h – 19 h"]),
    ]
    cy = p.y
    for i, (title, lines) in enumerate(cards):
        cx = x + i * 380
        p.rect((cx, cy, cx + 350, cy + 220), fill=(250, 250, 250), outline=(220, 220, 220),
               radius=10)
        p.d.text((cx + 24, cy + 22), title, font=font(19, bold=True), fill=TECHNO)
        yy = cy + 66
        for j, line in enumerate(lines):
            big = i == 0 and j == 0
            p.d.text((cx + 24, yy), line, font=font(26 if big else 15, bold=big),
                     fill=(30, 30, 30) if big or j == 0 else (90, 90, 90))
            yy += 44 if big else 28
    p.y = cy + 260
    p.text(x, "Questions fréquentes", size=22, bold=True)
    p.y += 6
    for q in ["Je n’ai pas reçu l’e-mail « Votre commande est prête »", "Puis-je faire retirer "
              "ma commande par un proche ?", "Comment annuler une commande en retrait ?"]:
        p.d.text((x, p.y), "›  " + q, font=font(16), fill=(50, 50, 50))
        p.y += 36
    p.y += 20
    p.rect((0, p.y, p.w, p.y + 80), fill=(35, 35, 40))
    p.d.text((40, p.y + 28), "© 2026 TechnoCité SAS · CGV · Mentions légales · Cookies",
             font=font(14), fill=(200, 200, 200))
    p.y += 70
    p.save_png(path)


def laptop_counter_photo(path):
    """A phone photo of the empty pickup counter, stored rotated with EXIF orientation 6."""
    from PIL import Image, ImageDraw, ImageFilter
    rng = random.Random(2410)
    W, H = 900, 1200  # portrait, as the user saw it
    img = Image.new("RGB", (W, H), (226, 224, 218))
    d = ImageDraw.Draw(img)
    for y in range(0, 560):  # back wall, lit from above
        c = 236 - y // 12
        d.line((0, y, W, y), fill=(c, c - 2, c - 8))
    d.rectangle((0, 560, W, H), fill=(150, 150, 155))  # floor
    for x in range(-400, W + 400, 90):  # floor tiles in perspective
        d.line((W // 2 + (x - W // 2) * 0.35, 560, x, H), fill=(135, 135, 140), width=2)
    for y in (620, 700, 800, 930, 1090):
        d.line((0, y, W, y), fill=(135, 135, 140), width=2)
    # the counter
    d.polygon([(60, 610), (840, 610), (880, 660), (20, 660)], fill=(245, 245, 245))
    d.rectangle((20, 660, 880, 1010), fill=TECHNO)
    d.rectangle((20, 1010, 880, 1030), fill=(90, 30, 20))
    d.text((250, 790), "TechnoCité", font=font(64, bold=True), fill=(255, 255, 255))
    # the sign hanging above
    d.line((260, 0, 260, 150), fill=(90, 90, 90), width=3)
    d.line((640, 0, 640, 150), fill=(90, 90, 90), width=3)
    d.rectangle((180, 150, 720, 290), fill=(35, 35, 40))
    d.text((215, 172), "RETRAIT", font=font(50, bold=True), fill=(255, 255, 255))
    d.text((215, 232), "COMMANDES", font=font(42, bold=True), fill=(250, 190, 60))
    # an empty back office door and a screen showing the queue
    d.rectangle((600, 330, 820, 610), fill=(190, 188, 180), outline=(150, 150, 150), width=4)
    d.rectangle((110, 360, 360, 520), fill=(25, 25, 30))
    d.text((130, 380), "Retrait commandes", font=font(20, bold=True), fill=(255, 255, 255))
    d.text((130, 420), "Ticket en cours :", font=font(18), fill=(200, 200, 200))
    d.text((130, 450), "---", font=font(40, bold=True), fill=(250, 190, 60))
    # the bell and a small card on the counter
    d.ellipse((450, 588, 530, 640), fill=(200, 170, 60))
    d.ellipse((482, 578, 498, 594), fill=(160, 130, 40))
    d.polygon([(570, 560), (700, 560), (720, 630), (550, 630)], fill=(255, 255, 255))
    d.text((580, 575), "Merci de sonner", font=font(16, bold=True), fill=(40, 40, 40))
    d.text((592, 600), "on arrive !", font=font(16), fill=(40, 40, 40))
    img = img.filter(ImageFilter.GaussianBlur(1.1))
    img = img.rotate(1.8, resample=Image.Resampling.BICUBIC, fillcolor=(150, 150, 155))
    img = Image.blend(img, Image.new("RGB", img.size, (210, 225, 255)), 0.06)  # cold neon cast
    img = vignette(add_noise(img, 45, rng), 0.3)
    stored = img.rotate(90, expand=True)  # how a phone held upright stores it: 1200 × 900
    from PIL import Image as _Image
    exif = _Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "Fairphone"  # Make
    exif[0x0110] = "FP5"  # Model
    exif[0x0132] = "2026:10:24 10:58:12"  # DateTime
    stored.save(path, "JPEG", quality=80, optimize=True, exif=exif.tobytes())


def laptop_letter_txt(path):
    text = """Camille Lefèvre
12 rue Paul Bert
69003 Lyon
camille.lefevre@courriel.example — 06 39 98 12 34

TechnoCité SAS
Service relations clientèle
Siège social
69003 Lyon

Lettre recommandée avec avis de réception n° 1A 198 765 4321 0
Lyon, le 3 novembre 2026

Objet : mise en demeure — commande TC-2026-884517 (retrait en magasin non honoré)

Madame, Monsieur,

Le 20 octobre 2026, j’ai commandé et payé sur votre site un ordinateur portable Altis 14 Pro
au prix de 1 249,90 €, en retrait gratuit au magasin de Lyon Part-Dieu. Votre page de
confirmation annonçait un retrait « à partir du 24/10/2026 » ; votre page de suivi indiquait
ensuite « mardi 27 octobre 2026 ». L’e-mail « Votre commande est prête » promis ne m’est
jamais parvenu.

Votre conseillère (ticket TK-558120) m’a assuré le 23 octobre que je pouvais retirer
l’ordinateur sans cet e-mail. Le samedi 24 octobre, personne ne se trouvait au comptoir
« Retrait commandes » pendant 35 minutes, et votre vendeur a refusé de me remettre ma
commande. Le rappel promis le 27 octobre sous 48 heures n’a jamais eu lieu.

Par ailleurs, le numéro présenté sur votre site comme « au prix d’un appel local » annonce
un service à 0,80 € TTC la minute et renvoie vers le 08 99 65 12 34 : cet appel m’a coûté
15,20 €.

Conformément aux articles L. 216-1 et suivants du Code de la consommation, je vous mets
en demeure de me remettre l’ordinateur commandé dans un délai de 8 jours à compter de la
réception de la présente, ou, à défaut, de me rembourser l’intégralité des sommes versées,
soit 1 249,90 €, ainsi que les 15,20 € de frais d’appel.

À défaut, je saisirai le médiateur de la consommation dont vous relevez, sans préjudice
de toute autre action.

Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.

Camille Lefèvre
"""
    path.write_bytes(text.encode("utf-8"))


NORTHWAY = (22, 58, 110)


def refund_email_png(path):
    p = Page(1280)
    browser_chrome(p, "mail.example/inbox/northway-return-RMA-77120", "Inbox — Mail")
    mail_client(
        p, "Mail", [("Inbox", 12), ("Starred", 0), ("Sent", 0), ("Drafts", 0), ("Trash", 0)],
        "We've received your return — RMA-77120",
        "Northway Returns <returns@northwayhome.example>",
        "To: Daniel Okafor <daniel.okafor@mail.example>",
        "Tue, Sep 15, 2026, 10:02 AM", "NORTHWAY HOME", NORTHWAY,
        [
            ("h", "Good news, Daniel — your return has arrived."),
            ("p", "We've received your return (RMA-77120) on Sep 15, 2026 at our Mississauga "
                  "returns centre."),
            ("item", "Brevia Pro 2 espresso machine", "Stainless steel · Order NW-3318842",
             "CAD 649.99", (170, 175, 180)),
            ("kv", [("Refund amount", "CAD 649.99"),
                    ("Refund method", "Original payment method (Visa •••• 5820)"),
                    ("Expected timing", "within 14 days")]),
            ("box", "Your refund of CAD 649.99 will be issued to your original payment method "
                    "within 14 days.", (232, 240, 252), NORTHWAY),
            ("p", "Questions? Reply to this email or call us at 416-555-0142, Monday to "
                  "Friday, 9 a.m. to 6 p.m. ET."),
        ],
        "Northway Home Electronics Ltd. · 880 Logistics Drive, Mississauga, ON L5T 1Z9 · "
        "You are receiving this email about your order NW-3318842.",
    )
    p.save_png(path)


CHAT = [
    ("sys", "13:12", "You're in the queue. Estimated wait: 8 minutes."),
    ("sys", "13:21", "Marcus joined the chat."),
    ("agent", "13:21", "Hi Daniel, thanks for waiting! How can I help you today?"),
    ("me", "13:22", "My refund for RMA-77120 (order NW-3318842) was promised within 14 days of "
                    "September 15. Nothing has reached my Visa. Billing said on Oct 6 it was "
                    "processed on Sep 28."),
    ("agent", "13:25", "I'm sorry about the delay. I can see the warehouse received the unit on "
                       "September 15, 2026."),
    ("agent", "13:26", "The refund is still pending warehouse inspection, so it hasn't been "
                       "sent yet."),
    ("me", "13:27", "So it was never processed? When will I get it, and how much?"),
    ("agent", "13:29", "You'll get the full 649.99 CAD back. I've escalated the inspection — "
                       "the refund will be on your Visa within 5–7 business days."),
    ("me", "13:30", "Can you send that in writing?"),
    ("agent", "13:31", "This chat transcript will be emailed to you. Your reference is "
                       "#CX-5512094. Anything else I can help with?"),
    ("me", "13:33", "No. I'll be waiting."),
    ("sys", "13:34", "Marcus left the chat."),
]


def refund_chat_png(path):
    p = Page(1100)
    browser_chrome(p, "https://www.northwayhome.example/help/chat", "Chat with us — Northway")
    site_header(p, "NORTHWAY HOME", NORTHWAY, None, ("Kitchen", "Coffee", "Help", "Account"))
    p.rect((0, p.y, p.w, p.y + 54), fill=(235, 240, 247))
    p.d.text((40, p.y + 16), "Chat #CX-5512094 · Tue, Oct 20, 2026", font=font(16, bold=True),
             fill=NORTHWAY)
    p.y += 80
    f = font(16)
    for who, time, text in CHAT:
        if who == "sys":
            tw = font(13).getlength(f"{time} · {text}")
            p.d.text(((p.w - tw) / 2, p.y), f"{time} · {text}", font=font(13),
                     fill=(130, 130, 130))
            p.y += 34
            continue
        lines = wrap(text, f, 560)
        h = len(lines) * 23 + 26
        bw = max(f.getlength(line) for line in lines) + 36
        if who == "agent":
            x0 = 90
            p.d.ellipse((36, p.y, 76, p.y + 40), fill=NORTHWAY)
            p.d.text((49, p.y + 8), "M", font=font(18, bold=True), fill=(255, 255, 255))
            fill, ink = (241, 243, 246), (30, 30, 30)
        else:
            x0 = p.w - 40 - bw
            fill, ink = NORTHWAY, (255, 255, 255)
        p.rect((x0, p.y, x0 + bw, p.y + h), fill=fill, radius=14)
        yy = p.y + 13
        for line in lines:
            p.d.text((x0 + 18, yy), line, font=f, fill=ink)
            yy += 23
        label = ("Marcus · " if who == "agent" else "You · ") + time
        lw = font(12).getlength(label)
        p.d.text((x0 if who == "agent" else x0 + bw - lw, p.y + h + 4), label, font=font(12),
                 fill=(140, 140, 140))
        p.y += h + 30
    p.rect((30, p.y + 10, p.w - 30, p.y + 60), fill=(255, 255, 255), outline=(200, 200, 200),
           radius=24)
    p.d.text((56, p.y + 24), "The chat has ended.", font=font(15), fill=(150, 150, 150))
    p.y += 60
    p.save_png(path)


def refund_chat_txt(path):
    lines = [
        "Northway Home Electronics — Chat transcript",
        "Chat #CX-5512094",
        "Date: Tuesday, October 20, 2026 (times are Eastern Time)",
        "Customer: Daniel Okafor <daniel.okafor@mail.example>",
        "Agent: Marcus (online support)",
        "",
    ]
    for who, time, text in CHAT:
        name = {"sys": "[System]", "agent": "Marcus", "me": "Daniel"}[who]
        hour, minute = (int(x) for x in time.split(":"))
        clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
        lines.append(f"[{clock}] {name}: {text}")
    lines += ["", "Thank you for chatting with Northway Home. This transcript was sent "
              "automatically; replies to this address are not monitored.", ""]
    path.write_bytes("\n".join(lines).encode("utf-8"))


def refund_statement_png(path):
    p = Page(1280)
    browser_chrome(p, "https://online.maplebank.example/cards/visa-5820/statement",
                   "Visa •••• 5820 — Statement")
    site_header(p, "Maple Bank", (20, 110, 80), "Online Banking",
                ("Accounts", "Cards", "Transfers", "Sign out"))
    p.y += 30
    x = 80
    p.text(x, "Visa Infinite •••• 5820 — Recent transactions", size=26, bold=True)
    p.text(x, "Statement period: Aug 16, 2026 – Nov 15, 2026 · Filter: \"NORTHWAY\"", size=15,
           fill=(100, 100, 100))
    p.y += 16
    render_blocks(p, x, 1120, [
        ("table", ("Date", "Description", "Reference", "Amount (CAD)"), [
            ("Aug 28, 2026", "NORTHWAY HOME ELECTRON MISSISSAUGA ON", "NW-3318842", "-649.99"),
        ], (16, 200, 640, -16)),
        ("box", "No credits from NORTHWAY HOME ELECTRON found between Sep 15, 2026 and "
                "Nov 15, 2026.", (255, 244, 230), (220, 140, 40)),
        ("small", "Pending transactions are shown for up to 7 days. Credits usually appear "
                  "within 3 to 5 business days after the merchant issues them."),
    ])
    p.y += 20
    p.rect((0, p.y, p.w, p.y + 70), fill=(240, 242, 240))
    p.d.text((40, p.y + 24), "Maple Bank · Member CDIC · Printed Nov 16, 2026 7:50 AM ET",
             font=font(13), fill=(110, 110, 110))
    p.y += 60
    p.save_png(path)


def refund_receipt_photo(path):
    from PIL import Image, ImageDraw, ImageFilter
    rng = random.Random(910)
    W, H = 1200, 900
    img = Image.new("RGB", (W, H), (60, 64, 70))
    d = ImageDraw.Draw(img)
    for y in range(H):  # dark laminate counter with a light gradient
        c = 52 + int(30 * (1 - abs(y - 300) / 900))
        d.line((0, y, W, y), fill=(c, c + 3, c + 8))
    receipt = Image.new("RGBA", (560, 1000), (248, 247, 243, 255))
    rd = ImageDraw.Draw(receipt)
    mono = font(20, mono=True)
    monob = font(24, bold=True)
    rd.rectangle((0, 0, 560, 90), fill=(248, 247, 243, 255))
    rd.text((150, 20), "CANADA POST", font=monob, fill=(200, 30, 40, 255))
    rd.text((175, 52), "POSTES CANADA", font=font(18), fill=(200, 30, 40, 255))
    rows = [
        "QUEEN ST W POST OFFICE", "TORONTO ON M5V 2A1", "", "2026-09-10        17:32",
        "TXN 0048 2291 7713", "-" * 38, "RETURN - PREPAID LABEL", "  MERCHANT: NORTHWAY HOME",
        "  RMA-77120", "  WEIGHT      7.4 kg", "  DIM   48x38x36 cm", "  TRACKING #",
        "  7023 4418 9960 2215", "", "  AMOUNT DUE       $0.00", "-" * 38,
        "KEEP THIS RECEIPT AS", "PROOF OF MAILING", "", "canadapost.ca/track",
    ]
    y = 120
    for r in rows:
        rd.text((34, y), r, font=mono, fill=(40, 40, 45, 255))
        y += 38
    for bx in range(60, 500, 7):  # barcode
        if rng.random() < 0.55:
            rd.rectangle((bx, y + 10, bx + rng.choice((2, 3, 4)), y + 90), fill=(30, 30, 30, 255))
    # torn bottom edge
    edge = [(0, 1000)] + [(x, 985 + rng.randint(-10, 10)) for x in range(0, 561, 20)] + [(560, 1000)]
    rd.polygon(edge, fill=(0, 0, 0, 0))
    receipt = receipt.rotate(7, expand=True, resample=Image.Resampling.BICUBIC)
    receipt = receipt.resize((receipt.width * 3 // 4, receipt.height * 3 // 4),
                             Image.Resampling.LANCZOS)
    shadow = Image.new("RGBA", receipt.size, (0, 0, 0, 0))
    shadow.paste((0, 0, 0, 140), mask=receipt.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(12))
    img = img.convert("RGBA")
    img.alpha_composite(shadow, (420, 95))
    img.alpha_composite(receipt, (400, 70))
    # the corner of the parcel box on the left
    d = ImageDraw.Draw(img)
    d.polygon([(0, 120), (260, 90), (300, 900), (0, 900)], fill=(176, 132, 84, 255))
    d.line((0, 430, 285, 400), fill=(150, 110, 70, 255), width=6)
    d.rectangle((40, 500, 230, 640), fill=(250, 250, 250, 255))
    d.text((56, 520), "RMA-77120", font=font(26, bold=True), fill=(30, 30, 30, 255))
    d.text((56, 566), "RETURN", font=font(20), fill=(30, 30, 30, 255))
    img = img.convert("RGB").filter(ImageFilter.GaussianBlur(0.8))
    img = Image.blend(img, Image.new("RGB", img.size, (255, 240, 210)), 0.05)
    img = vignette(add_noise(img, 40, rng), 0.35)
    img.save(path, "JPEG", quality=80, optimize=True)

# ---- Small real PDF exhibits (one page, text and rules, standard fonts, no dates: the same
# bytes on every run) -------------------------------------------------------------------------


def pdf_text(text):
    """A PDF literal string in WinAnsiEncoding (cp1252), escaped."""
    raw = text.replace("\u202f", " ").replace("\u00a0", " ").encode("cp1252")
    out = b""
    for b in raw:
        c = bytes([b])
        out += b"\\" + c if c in (b"\\", b"(", b")") else c
    return b"(" + out + b")"


def simple_pdf(path, items, title):
    """Writes a one-page A4 PDF. `items`: ("text", x, y, size, bold, text) and
    ("rect", x, y, w, h) and ("line", x1, y1, x2, y2), in points from the bottom left."""
    ops = []
    for item in items:
        if item[0] == "text":
            _, x, y, size, bold, text = item
            ops.append(b"BT /F%d %g Tf %g %g Td " % (2 if bold else 1, size, x, y) + pdf_text(text)
                       + b" Tj ET")
        elif item[0] == "rect":
            _, x, y, w, h = item
            ops.append(b"0.6 w %g %g %g %g re S" % (x, y, w, h))
        elif item[0] == "line":
            _, x1, y1, x2, y2 = item
            ops.append(b"0.6 w %g %g m %g %g l S" % (x1, y1, x2, y2))
    content = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title " + pdf_text(title) + b" /Producer (Paper Trail demo assets) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, len(objects), xref))
    path.write_bytes(out)


def letter_items(lines, top=780, left=60, size=10.5, gap=15):
    """Lines of a letter from the top; a line starting with "**" is bold."""
    items, y = [], top
    for line in lines:
        bold = line.startswith("**")
        items.append(("text", left, y, size, bold, line[2:] if bold else line))
        y -= gap
    return items


def bed_notice_pdf(path):
    lines = [
        "Geneviève Tremblay", "4512, rue Fabre", "Montréal (Québec)  H2J 3V1", "",
        "Meubles Boréal inc.", "Service à la clientèle", "2250, boulevard Industriel",
        "Laval (Québec)  H7S 1P8", "", "Montréal, le 23 novembre 2026", "",
        "**Objet : MISE EN DEMEURE — commande n° 100-48213 (lit queen Alma)", "",
        "Madame, Monsieur,", "",
        "Le 14 novembre 2026, j’ai commandé et payé sur votre site un lit queen Alma au prix de",
        "899,00 $, taxes en sus, soit 1 033,63 $ débités sur ma carte Visa. Votre courriel de",
        "confirmation promettait une livraison gratuite sous 5 jours ouvrables, soit au plus tard",
        "le 20 novembre 2026. Le lit n’a pas été livré, et votre entrepôt de Laval m’a dit le",
        "20 novembre n’avoir « aucune trace » de ma commande.", "",
        "Je vous mets en demeure de livrer le lit au plus tard le samedi 28 novembre 2026. À défaut,",
        "je considérerai le contrat comme résolu et vous demanderai le remboursement intégral des",
        "1 033,63 $ payés, sans préjudice de mes autres recours (Loi sur la protection du",
        "consommateur, art. 54.9 et 54.10 ; Code civil du Québec, art. 1594 à 1600).", "",
        "Une copie de la présente pourra être transmise à l’Office de la protection du",
        "consommateur.", "",
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.", "", "",
        "Geneviève Tremblay",
    ]
    simple_pdf(path, letter_items(lines), "Mise en demeure du 23 novembre 2026")


def laptop_receipt_pdf(path):
    items = [
        ("rect", 50, 430, 495, 360),
        ("text", 70, 760, 16, True, "AVIS DE RÉCEPTION"),
        ("text", 70, 740, 10, False, "Lettre recommandée avec avis de réception — retour à l’expéditeur"),
        ("line", 50, 728, 545, 728),
        ("text", 70, 708, 10, True, "N° de l’envoi : 1A 198 765 4321 0"),
        ("text", 70, 688, 10, False, "Déposé le : 03/11/2026 — bureau de poste Lyon Part-Dieu"),
        ("text", 70, 668, 10, False, "Présenté / avisé le : 04/11/2026"),
        ("text", 70, 648, 10, True, "Distribué le : 05/11/2026"),
        ("line", 50, 634, 545, 634),
        ("text", 70, 614, 10, True, "Destinataire"),
        ("text", 70, 598, 10, False, "TechnoCité SAS — Service relations clientèle"),
        ("text", 70, 584, 10, False, "Siège social, 69003 Lyon"),
        ("text", 320, 614, 10, True, "Expéditeur"),
        ("text", 320, 598, 10, False, "Camille Lefèvre"),
        ("text", 320, 584, 10, False, "12 rue Paul Bert, 69003 Lyon"),
        ("line", 50, 566, 545, 566),
        ("text", 70, 546, 10, True, "Signature du destinataire ou de son mandataire"),
        ("text", 70, 526, 10, False, "Nom : M. Durand, pour TechnoCité SAS — réception du courrier"),
        ("rect", 70, 450, 220, 60),
        ("text", 80, 478, 14, False, "M. Durand"),
        ("text", 320, 478, 10, False, "Date : 05/11/2026"),
    ]
    simple_pdf(path, items, "Avis de réception — LRAR 1A 198 765 4321 0")


def refund_delivery_pdf(path):
    items = [
        ("text", 60, 780, 16, True, "Canada Post — Delivery confirmation"),
        ("text", 60, 760, 10, False, "Registered Mail, domestic"),
        ("line", 60, 748, 535, 748),
        ("text", 60, 728, 10, True, "Tracking number: RN 123 456 789 CA"),
        ("text", 60, 708, 10, False, "Accepted: November 18, 2026, 9:20 am, Toronto, ON (Queen St W post office)"),
        ("text", 60, 690, 10, False, "Notice card left: November 19, 2026, 11:05 am, Mississauga, ON"),
        ("text", 60, 672, 10, True, "Delivered: November 20, 2026, 10:42 am, Mississauga, ON"),
        ("text", 60, 654, 10, False, "Signed for by: K. PATEL"),
        ("line", 60, 640, 535, 640),
        ("text", 60, 620, 10, True, "Addressee"),
        ("text", 60, 604, 10, False, "Northway Home Electronics Ltd., Customer Relations"),
        ("text", 60, 590, 10, False, "880 Logistics Drive, Mississauga, ON  L5T 1Z9"),
        ("text", 320, 620, 10, True, "Sender"),
        ("text", 320, 604, 10, False, "Daniel Okafor"),
        ("text", 320, 590, 10, False, "221 Queen Street West, Apt 5, Toronto, ON"),
        ("line", 60, 572, 535, 572),
        ("text", 60, 552, 10, True, "Signature on file"),
        ("rect", 60, 480, 200, 56),
        ("text", 72, 505, 14, False, "K. Patel"),
        ("text", 60, 455, 8, False, "Printed from canadapost.example/track on November 20, 2026, 6:00 pm."),
    ]
    simple_pdf(path, items, "Delivery confirmation — RN 123 456 789 CA")


def laptop_complaint_eml(path):
    text = (
        "From: =?UTF-8?Q?Camille_Lef=C3=A8vre?= <camille.lefevre@courriel.example>\r\n"
        "To: Service client TechnoCite <service-client@technocite.example>\r\n"
        "Subject: =?UTF-8?Q?R=C3=A9clamation_=E2=80=94_commande_TC-2026-884517_?="
        "=?UTF-8?Q?(ticket_TK-558120)?=\r\n"
        "Date: Mon, 26 Oct 2026 09:00:12 +0100\r\n"
        "Message-ID: <reclamation-20261026-884517@courriel.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "Madame, Monsieur,\r\n"
        "\r\n"
        "Le 20 octobre, j’ai commandé et payé l’ordinateur Altis 14 Pro (commande\r\n"
        "TC-2026-884517, 1 249,90 €) en retrait au magasin de Lyon Part-Dieu, annoncé\r\n"
        "« à partir du 24/10/2026 ». L’e-mail « Votre commande est prête » ne m’est\r\n"
        "jamais parvenu.\r\n"
        "\r\n"
        "Le 23 octobre, votre conseillère (ticket TK-558120) m’a assuré que je pouvais\r\n"
        "retirer l’ordinateur sans cet e-mail. Le samedi 24, personne n’était au comptoir\r\n"
        "« Retrait commandes » pendant 35 minutes, et le vendeur a refusé de me remettre\r\n"
        "ma commande sans l’e-mail.\r\n"
        "\r\n"
        "Je vous demande par écrit une date de retrait ferme et l’e-mail de mise à\r\n"
        "disposition, ou à défaut le remboursement de la commande.\r\n"
        "\r\n"
        "Cordialement,\r\n"
        "Camille Lefèvre\r\n"
        "06 39 98 12 34\r\n"
    )
    path.write_bytes(text.encode("utf-8"))



MAKERS = {
    "bed-never-delivered": {
        "attachments/confirmation-commande.png": bed_confirmation,
        "attachments/reponse-automatique.eml": bed_auto_reply_eml,
        "attachments/page-mes-commandes.png": bed_order_page,
        "attachments/photo-carnet-appels.jpg": bed_call_log_photo,
        "attachments/mise-en-demeure-2026-11-23.pdf": bed_notice_pdf,
    },
    "laptop-store-pickup": {
        "attachments/confirmation-commande-site.png": laptop_confirmation_page,
        "attachments/suivi-commande.png": laptop_tracking_page,
        "attachments/page-contact-service-client.png": laptop_contact_page,
        "attachments/photo-comptoir-retrait.jpg": laptop_counter_photo,
        "attachments/lettre-mise-en-demeure.txt": laptop_letter_txt,
        "attachments/reclamation-2026-10-26.eml": laptop_complaint_eml,
        "attachments/avis-de-reception-lrar.pdf": laptop_receipt_pdf,
    },
    "refund-never-came": {
        "attachments/return-drop-off-receipt.jpg": refund_receipt_photo,
        "attachments/return-received-email.png": refund_email_png,
        "attachments/chat-2026-10-20.png": refund_chat_png,
        "attachments/chat-2026-10-20.txt": refund_chat_txt,
        "attachments/visa-statement-november.png": refund_statement_png,
        "attachments/canada-post-delivery-confirmation.pdf": refund_delivery_pdf,
    },
}

# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def case_json_bytes(data):
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build_case(name, data):
    pil()
    case_dir = DEMO / name
    att_dir = case_dir / "attachments"
    att_dir.mkdir(parents=True, exist_ok=True)
    makers = MAKERS[name]
    wanted = {a["file"] for a in data["attachments"]}
    if wanted != set(makers):
        raise SystemExit(f"{name}: attachments and makers differ: {wanted ^ set(makers)}")
    for old in att_dir.iterdir():  # drop files no longer produced
        if f"attachments/{old.name}" not in makers:
            old.unlink()
    for rel, make in makers.items():
        make(case_dir / rel)
    for a in data["attachments"]:
        a["sha256"] = sha256_file(case_dir / a["file"])
    (case_dir / "case.json").write_bytes(case_json_bytes(data))
    build_zip(case_dir, DEMO / f"{name}.zip", data)


def build_zip(case_dir, zip_path, data):
    tmp = zip_path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w") as z:
        entries = [("case.json", zipfile.ZIP_DEFLATED)]
        for a in data["attachments"]:
            # Already-compressed images are stored; text is deflated.
            stored = a["file"].endswith((".png", ".jpg", ".jpeg"))
            entries.append((a["file"], zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED))
        for rel, method in entries:
            info = zipfile.ZipInfo(rel, date_time=ZIP_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, (case_dir / rel).read_bytes())
    tmp.replace(zip_path)


# --------------------------------------------------------------------------------------------
# Validation (the format contract, checked independently of the Rust code)
# --------------------------------------------------------------------------------------------

ENUMS = {
    "channel": {"email", "phone", "chat", "letter", "in_person", "web_form", "social_media",
                "sms", "other"},
    "direction": {"outgoing", "incoming"},
    "outcome": {"answered", "no_answer", "voicemail_left", "auto_reply_only", "transferred",
                "disconnected", "callback_promised", "refused", "resolved", "other"},
    "kind": {"delivery", "pickup", "reply", "callback", "refund", "replacement", "repair",
             "credit", "other"},
    "promise_status": {"pending", "kept", "broken"},
    "case_status": {"open", "escalated", "resolved", "abandoned"},
    "jurisdiction": {"fr", "ca-qc", "ca-on", "ca", "uk", "eu", "us", "other"},
    "language": {"fr", "en"},
}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Problems(list):
    def check(self, cond, msg):
        if not cond:
            self.append(msg)


def check_instant(p, value, path, zone, allow_date=False):
    if allow_date and isinstance(value, str) and DATE.match(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            p.append(f"{path}: invalid date {value!r}")
        return
    if not isinstance(value, str) or not RFC3339.match(value):
        p.append(f"{path}: expected an RFC 3339 date-time with offset, got {value!r}")
        return
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        p.append(f"{path}: unparsable date-time {value!r}")
        return
    expected = t.astimezone(zone).utcoffset()
    p.check(t.utcoffset() == expected,
            f"{path}: offset {t.utcoffset()} is not the zone's offset {expected} at that instant")


def check_str(p, obj, key, path, optional=False):
    v = obj.get(key, "MISSING")
    if v == "MISSING":
        p.append(f"{path}.{key}: missing")
    elif v is None:
        p.check(optional, f"{path}.{key}: must not be null")
    else:
        p.check(isinstance(v, str) and v.strip() != "", f"{path}.{key}: expected a string")


def validate_data(data, read_file, label):
    """read_file(rel) -> bytes or None. Returns a list of problems."""
    p = Problems()
    p.check(data.get("format") == "papertrail-case", "format: expected papertrail-case")
    p.check(data.get("version") == 1, "version: expected 1")
    case = data.get("case", {})
    for key in ("title", "time_zone"):
        check_str(p, case, key, "case")
    try:
        zone = ZoneInfo(case["time_zone"])
    except Exception:
        p.append("case.time_zone: unknown zone")
        return p
    p.check(case.get("jurisdiction") in ENUMS["jurisdiction"], "case.jurisdiction: bad value")
    p.check(case.get("language") in ENUMS["language"], "case.language: bad value")
    p.check(case.get("status") in ENUMS["case_status"], "case.status: bad value")
    for who in ("merchant", "consumer"):
        party = case.get(who)
        p.check(isinstance(party, dict) and isinstance(party.get("name"), str),
                f"case.{who}.name: missing")
        for k in ("website", "email", "phone", "address"):
            p.check(party.get(k) is None or isinstance(party[k], str),
                    f"case.{who}.{k}: expected string or null")
    price = case.get("price")
    p.check(isinstance(price, dict) and re.fullmatch(r"-?\d+(\.\d+)?", price.get("amount", ""))
            and re.fullmatch(r"[A-Z]{3}", price.get("currency", "")), "case.price: bad money")
    check_instant(p, case.get("ordered_at"), "case.ordered_at", zone, allow_date=True)

    ids = []
    for section in ("contacts", "promises", "statements", "attachments", "notes"):
        p.check(isinstance(data.get(section), list), f"{section}: expected an array")
        ids += [e.get("id") for e in data.get(section, [])]
    p.check(all(isinstance(i, str) and i for i in ids), "every entry needs a string id")
    dupes = {i for i in ids if ids.count(i) > 1}
    p.check(not dupes, f"duplicate ids: {sorted(dupes)}")
    all_ids = set(ids)
    contact_ids = {c["id"] for c in data["contacts"]}
    att_ids = {a["id"] for a in data["attachments"]}
    contact_at = {}

    for i, c in enumerate(data["contacts"]):
        path = f"contacts[{i}]"
        check_instant(p, c.get("at"), f"{path}.at", zone)
        contact_at[c["id"]] = c.get("at")
        p.check(c.get("channel") in ENUMS["channel"], f"{path}.channel: bad value")
        p.check(c.get("direction") in ENUMS["direction"], f"{path}.direction: bad value")
        p.check(c.get("outcome") in ENUMS["outcome"], f"{path}.outcome: bad value")
        check_str(p, c, "summary", path)
        for k in ("counterpart", "reference"):
            p.check(k in c and (c[k] is None or isinstance(c[k], str)), f"{path}.{k}: bad")
        for k in ("wait_minutes", "duration_minutes", "reply_expected_within_days"):
            v = c.get(k, "MISSING")
            p.check(v is None or (isinstance(v, int) and v >= 0), f"{path}.{k}: expected int")
        r = c.get("in_reply_to")
        if r is not None:
            p.check(r in contact_ids, f"{path}.in_reply_to: unknown contact {r!r}")
            if r in contact_at:
                p.check(dt.datetime.fromisoformat(contact_at[r])
                        < dt.datetime.fromisoformat(c["at"]),
                        f"{path}.in_reply_to: points to a later contact")
    for i, pr in enumerate(data["promises"]):
        path = f"promises[{i}]"
        check_instant(p, pr.get("made_at"), f"{path}.made_at", zone, allow_date=True)
        if pr.get("due") is not None:
            check_instant(p, pr.get("due"), f"{path}.due", zone, allow_date=True)
        if pr.get("settled_at") is not None:
            check_instant(p, pr.get("settled_at"), f"{path}.settled_at", zone, allow_date=True)
        p.check(pr.get("kind") in ENUMS["kind"], f"{path}.kind: bad value")
        p.check(pr.get("status") in ENUMS["promise_status"], f"{path}.status: bad value")
        p.check((pr.get("status") == "pending") == (pr.get("settled_at") is None),
                f"{path}: settled_at must be set exactly when kept/broken")
        check_str(p, pr, "text", path)
        s = pr.get("source")
        p.check(s is None or s in contact_ids | att_ids, f"{path}.source: unknown {s!r}")
    for i, st in enumerate(data["statements"]):
        path = f"statements[{i}]"
        check_instant(p, st.get("at"), f"{path}.at", zone)
        check_str(p, st, "topic", path)
        check_str(p, st, "value", path)
        p.check("text" in st, f"{path}.text: missing")
        s = st.get("source")
        p.check(s is None or s in contact_ids | att_ids, f"{path}.source: unknown {s!r}")
    for i, a in enumerate(data["attachments"]):
        path = f"attachments[{i}]"
        rel = a.get("file", "")
        p.check(isinstance(rel, str) and rel.startswith("attachments/") and ".." not in rel
                and re.fullmatch(r"[A-Za-z0-9/._-]+", rel) is not None,
                f"{path}.file: expected an ASCII-safe path under attachments/")
        if a.get("received_at") is not None:
            check_instant(p, a.get("received_at"), f"{path}.received_at", zone, allow_date=True)
        for link in a.get("links", []):
            p.check(link in all_ids, f"{path}.links: unknown id {link!r}")
        p.check(isinstance(a.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", a["sha256"]),
                f"{path}.sha256: expected 64 lower-case hex digits")
        content = read_file(rel)
        if content is None:
            p.append(f"{path}.file: {rel} is missing from {label}")
        else:
            p.check(hashlib.sha256(content).hexdigest() == a.get("sha256"),
                    f"{path}.sha256: does not match {rel} in {label}")
    for i, n in enumerate(data["notes"]):
        check_instant(p, n.get("at"), f"notes[{i}].at", zone)
        check_str(p, n, "text", f"notes[{i}]")
    return p


def check_images(name, case_dir, data, p):
    try:
        from PIL import Image
    except ImportError:
        return
    images = 0
    for a in data["attachments"]:
        path = case_dir / a["file"]
        if not a["file"].endswith((".png", ".jpg")) or not path.exists():
            continue
        images += 1
        with Image.open(path) as im:
            fmt = "PNG" if a["file"].endswith(".png") else "JPEG"
            p.check(im.format == fmt, f"{a['file']}: is {im.format}, expected {fmt}")
            p.check(im.width <= 1600 and im.height <= 2400, f"{a['file']}: too large {im.size}")
            orientation = im.getexif().get(0x0112)
            if a["file"] == "attachments/photo-comptoir-retrait.jpg":
                p.check(orientation == 6, f"{a['file']}: EXIF orientation {orientation}, want 6")
                p.check(im.width > im.height, f"{a['file']}: stored pixels should be landscape")
        p.check(path.stat().st_size <= 400_000, f"{a['file']}: {path.stat().st_size} bytes")
    p.check(images >= 2, f"{name}: expected image attachments")


def validate_all():
    problems = []
    for name in CASES:
        case_dir = DEMO / name
        raw = (case_dir / "case.json").read_bytes()
        data = json.loads(raw.decode("utf-8"))
        p = validate_data(data, lambda rel: (case_dir / rel).read_bytes()
                          if (case_dir / rel).is_file() else None, f"{name}/")
        check_images(name, case_dir, data, p)
        extra = {f"attachments/{f.name}" for f in (case_dir / "attachments").iterdir()} - {
            a["file"] for a in data["attachments"]}
        p.check(not extra, f"{name}: unlisted files {sorted(extra)}")
        with zipfile.ZipFile(DEMO / f"{name}.zip") as z:
            names = z.namelist()
            p.check(names[0] == "case.json", f"{name}.zip: case.json must be the first entry")
            p.check(z.read("case.json") == raw, f"{name}.zip: case.json differs from directory")
            zdata = json.loads(z.read("case.json"))
            zp = validate_data(zdata, lambda rel: z.read(rel) if rel in names else None,
                               f"{name}.zip")
            p.extend(zp)
            p.check(set(names) == {"case.json"} | {a["file"] for a in zdata["attachments"]},
                    f"{name}.zip: unexpected entries")
        counts = {k: len(data[k]) for k in ("contacts", "promises", "statements", "attachments",
                                            "notes")}
        p.check(8 <= counts["contacts"] <= 20, f"{name}: {counts['contacts']} contacts")
        p.check(2 <= counts["promises"] <= 5, f"{name}: {counts['promises']} promises")
        p.check(3 <= counts["statements"] <= 12, f"{name}: {counts['statements']} statements")
        p.check(3 <= counts["attachments"] <= 8, f"{name}: {counts['attachments']} attachments")
        p.check(1 <= counts["notes"] <= 3, f"{name}: {counts['notes']} notes")
        print(f"{name}: {counts} — {'OK' if not p else f'{len(p)} problem(s)'}")
        problems += [f"{name}: {m}" for m in p]
    for m in problems:
        print("  ✗", m)
    return not problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only validate the files on disk")
    args = ap.parse_args()
    if not args.check:
        for name, data in CASES.items():
            build_case(name, data)
    sys.exit(0 if validate_all() else 1)


if __name__ == "__main__":
    main()
