<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>vigie::AppPaths</name>
    <message>
        <source>Cannot create the folder %1: check the disk and the access rights.</source>
        <translation>Impossible de créer le dossier %1 : vérifiez le disque et les droits d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>vigie::access</name>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Municipal police agent</source>
        <translation>Agent de police municipale</translation>
    </message>
    <message>
        <source>ASVP</source>
        <translation>ASVP</translation>
    </message>
    <message>
        <source>Room supervisor</source>
        <translation>Chef de salle</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>vigie::access::AuthService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Le mot de passe ne doit ni commencer ni se terminer par un espace.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» n&apos;est pas valide : de 2 à 64 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>The user&apos;s name is missing.</source>
        <translation>Le nom de l&apos;utilisateur n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Un utilisateur doit avoir au moins un rôle.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <source>Cannot create the user %1</source>
        <translation>Impossible de créer l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Cannot change the password of %1</source>
        <translation>Impossible de modifier le mot de passe de %1</translation>
    </message>
    <message>
        <source>Cannot unlock %1</source>
        <translation>Impossible de déverrouiller le compte %1</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Cannot check the login</source>
        <translation>Impossible de vérifier les identifiants de connexion</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed attempts, until %2. A supervisor can unlock it.</source>
        <translation>Ce compte est verrouillé jusqu&apos;à %2 après %1 tentatives échouées. Un chef de salle peut le déverrouiller.</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until %1. A supervisor can unlock it.</source>
        <translation>Trop de tentatives échouées : ce compte est verrouillé jusqu&apos;à %1. Un chef de salle peut le déverrouiller.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
</context>
<context>
    <name>vigie::access::ShiftSchedule</name>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Vacation %1</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>vigie::app</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::app::Desk</name>
    <message>
        <source>Logged in: %1 on workstation %2</source>
        <translation>Connexion : %1 sur le poste %2</translation>
    </message>
    <message>
        <source>Monitor %1 unplugged: its wall is closed and will come back with it.</source>
        <translation>Écran %1 débranché : son mur est fermé et sera rouvert quand l&apos;écran sera rebranché.</translation>
    </message>
    <message>
        <source>Monitor %1 plugged in: wall %2 opened.</source>
        <translation>Écran %1 branché : mur %2 ouvert.</translation>
    </message>
    <message>
        <source>Custom grid</source>
        <translation>Grille personnalisée</translation>
    </message>
    <message>
        <source>Columns x rows (for example 6x4, up to 10x10):</source>
        <translation>Colonnes x lignes (par exemple 6x4, jusqu&apos;à 10x10) :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid: write columns x rows, for example 6x4.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une grille : saisissez colonnes x lignes, par exemple 6x4.</translation>
    </message>
</context>
<context>
    <name>vigie::app::MainWindow</name>
    <message>
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No open incident in this shift.</source>
        <translation>Aucun incident ouvert sur cette vacation.</translation>
    </message>
    <message>
        <source>Incidents (main courante)</source>
        <translation>Incidents (main courante)</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Opérateur : %1</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>Caméra %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search a camera</source>
        <translation>&amp;Rechercher une caméra</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Wall &amp;layout</source>
        <translation>&amp;Disposition du mur</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>Disposition %1</translation>
    </message>
    <message>
        <source>&amp;Custom grid…</source>
        <translation>&amp;Grille personnalisée…</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>&amp;Full screen main window</source>
        <translation>Fenêtre principale en &amp;plein écran</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Move between the tiles of a wall</source>
        <translation>Se déplacer entre les vignettes d&apos;un mur</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <source>Maximise the tile, or bring it back</source>
        <translation>Agrandir la vignette, ou la rétablir</translation>
    </message>
    <message>
        <source>Number then Enter</source>
        <translation>Numéro puis Entrée</translation>
    </message>
    <message>
        <source>Call the camera with that number onto the tile</source>
        <translation>Appeler sur la vignette la caméra portant ce numéro</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Empty the tile</source>
        <translation>Vider la vignette</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Cancel the number, or leave the maximised tile</source>
        <translation>Annuler le numéro, ou quitter la vignette agrandie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>Vacation : %1</translation>
    </message>
    <message>
        <source>Cameras: %1 available, %2 in fault out of %3</source>
        <translation>Caméras : %1 en service, %2 en défaut sur %3</translation>
    </message>
</context>
<context>
    <name>vigie::app::WallWindow</name>
    <message>
        <source>Vigie — Wall %1 (%2)</source>
        <translation>Vigie — Mur %1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigie::cameras</name>
    <message>
        <source>Not checked yet</source>
        <translation>En attente de vérification</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Stream available</source>
        <translation>Flux disponible</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion en cours</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>Signal perdu</translation>
    </message>
    <message>
        <source>Authentication refused</source>
        <translation>Authentification refusée</translation>
    </message>
    <message>
        <source>Stream not found</source>
        <translation>Flux introuvable</translation>
    </message>
    <message>
        <source>Unsupported codec</source>
        <translation>Codec non pris en charge</translation>
    </message>
    <message>
        <source>Address unreachable</source>
        <translation>Adresse injoignable</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraDirectory</name>
    <message>
        <source>The group name is missing.</source>
        <translation>Le nom du groupe n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>Cannot create the group %1</source>
        <translation>Impossible de créer le groupe %1</translation>
    </message>
    <message>
        <source>A camera number must be a positive whole number.</source>
        <translation>Un numéro de caméra doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>The camera name is missing.</source>
        <translation>Le nom de la caméra n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The stream address of camera %1 is not valid.</source>
        <translation>L&apos;adresse du flux de la caméra %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The retention of camera %1 must be between 1 and 30 days (article L252-5).</source>
        <translation>La durée de conservation des images de la caméra %1 doit être comprise entre 1 et 30 jours (article L252-5 du code de la sécurité intérieure).</translation>
    </message>
    <message>
        <source>Camera number %1 is already used.</source>
        <translation>Le numéro de caméra %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>Cannot add camera %1</source>
        <translation>Impossible d&apos;ajouter la caméra %1</translation>
    </message>
    <message>
        <source>Cannot change camera %1</source>
        <translation>Impossible de modifier la caméra %1</translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation>Aucune caméra ne porte le numéro %1.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::StreamProbe</name>
    <message>
        <source>The video file does not exist.</source>
        <translation>Le fichier vidéo n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The camera did not answer in time.</source>
        <translation>La caméra n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>Connexion refusée par %1.</translation>
    </message>
    <message>
        <source>Unknown host %1.</source>
        <translation>Hôte %1 inconnu.</translation>
    </message>
    <message>
        <source>The camera closed the connection.</source>
        <translation>La caméra a fermé la connexion.</translation>
    </message>
    <message>
        <source>The camera&apos;s answer is not understood.</source>
        <translation>La réponse de la caméra est incompréhensible.</translation>
    </message>
    <message>
        <source>The camera asks for a login and password.</source>
        <translation>La caméra demande un identifiant et un mot de passe.</translation>
    </message>
    <message>
        <source>The camera refused the login and password.</source>
        <translation>La caméra a refusé l&apos;identifiant et le mot de passe.</translation>
    </message>
    <message>
        <source>The camera has no stream at this address (%1).</source>
        <translation>La caméra ne diffuse aucun flux à cette adresse (%1).</translation>
    </message>
    <message>
        <source>The camera forbids access to this stream.</source>
        <translation>La caméra interdit l&apos;accès à ce flux.</translation>
    </message>
    <message>
        <source>The camera answered with an error (%1).</source>
        <translation>La caméra a répondu par une erreur (%1).</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::Ctl</name>
    <message>
        <source>Give exactly one login.</source>
        <translation>Indiquez exactement un identifiant.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Utilisateur %1 créé.</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Mot de passe de %1 modifié.</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Compte %1 déverrouillé.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>Commande user inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown camera command &quot;%1&quot;.</source>
        <translation>Commande camera inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown demo command &quot;%1&quot;.</source>
        <translation>Commande demo inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The RTSP port must be a number between 1 and 65535.</source>
        <translation>Le port RTSP doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The number of cameras must be between 1 and 999.</source>
        <translation>Le nombre de caméras doit être compris entre 1 et 999.</translation>
    </message>
    <message>
        <source>Demo ready: %1 user(s) created, %2 camera(s) created, %3 updated.</source>
        <translation>Démonstration prête : %1 utilisateur(s) créé(s), %2 caméra(s) créée(s), %3 mise(s) à jour.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND

Commands:
  version                      print the version
  user add LOGIN --name NAME [--matricule ID] [--role ROLE]...
                               create a user (roles: operator, police_agent,
                               asvp, supervisor, admin); password from
                               VIGIE_PASSWORD or the first line of stdin
  user passwd LOGIN            set a user&apos;s password (same sources)
  user unlock LOGIN            unlock an account locked by failed logins
  user list                    list the users and their roles
  camera list                  list the cameras of the directory
  journal verify               check every chain of the journal; exit code 3
                               names the first entry altered, removed,
                               inserted or reordered
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               seed the demo users and cameras
</source>
        <translation>Utilisation : vigiectl [--data-dir DOSSIER] [--lang fr|en] COMMANDE

Commandes :
  version                      affiche la version
  user add IDENTIFIANT --name NOM [--matricule MATRICULE] [--role RÔLE]...
                               crée un utilisateur (rôles : operator,
                               police_agent, asvp, supervisor, admin) ;
                               mot de passe lu dans VIGIE_PASSWORD ou sur
                               la première ligne de l&apos;entrée standard
  user passwd IDENTIFIANT      définit le mot de passe d&apos;un utilisateur
                               (mêmes sources)
  user unlock IDENTIFIANT      déverrouille un compte bloqué après des
                               échecs de connexion
  user list                    liste les utilisateurs et leurs rôles
  camera list                  liste les caméras de l&apos;annuaire
  journal verify               vérifie chaque chaîne du journal ; code de
                               sortie 3 et première entrée modifiée,
                               supprimée, insérée ou déplacée nommée
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               crée les utilisateurs et les caméras de
                               démonstration
</translation>
    </message>
    <message>
        <source>Unknown journal command &quot;%1&quot;.</source>
        <translation>Commande journal inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>JOURNAL ALTERED:</source>
        <translation>JOURNAL ALTÉRÉ :</translation>
    </message>
</context>
<context>
    <name>vigie::journal::Journal</name>
    <message>
        <source>Cannot read the journal</source>
        <translation>Impossible de lire le journal</translation>
    </message>
    <message>
        <source>Cannot write to the journal</source>
        <translation>Impossible d&apos;écrire dans le journal</translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: all %n entries hold (%1 chain(s)).</source>
        <translation>
            <numerusform>Journal intact : %n entrée vérifiée (%1 chaîne(s)).</numerusform>
            <numerusform>Journal intact : les %n entrées sont vérifiées (%1 chaîne(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was removed (the chain jumps from %3 to %4).</source>
        <translation>Chaîne %1 : l&apos;entrée %2 a été supprimée (la chaîne saute de %3 à %4).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was inserted (the next entry does not follow it).</source>
        <translation>Chaîne %1 : l&apos;entrée %2 a été insérée (l&apos;entrée suivante ne lui fait pas suite).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was altered (its content no longer matches its hash).</source>
        <translation>Chaîne %1 : l&apos;entrée %2 a été modifiée (son contenu ne correspond plus à son empreinte).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 is out of order (it follows entry %3).</source>
        <translation>Chaîne %1 : l&apos;entrée %2 a été déplacée (elle fait suite à l&apos;entrée %3).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not belong to the chain (inserted or forged).</source>
        <translation>Chaîne %1 : l&apos;entrée %2 n&apos;appartient pas à la chaîne (insérée ou contrefaite).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was altered and its hash recomputed (entry %3 no longer follows it).</source>
        <translation>Chaîne %1 : l&apos;entrée %2 a été modifiée et son empreinte recalculée (l&apos;entrée %3 ne lui fait plus suite).</translation>
    </message>
    <message>
        <source>Chain %1: the content of entry %2 was altered.</source>
        <translation>Chaîne %1 : le contenu de l&apos;entrée %2 a été modifié.</translation>
    </message>
    <message>
        <source>Chain %1: the content of entry %2 was removed outside any purge.</source>
        <translation>Chaîne %1 : le contenu de l&apos;entrée %2 a été supprimé hors de toute purge.</translation>
    </message>
    <message>
        <source>Cannot purge the journal</source>
        <translation>Impossible de purger le journal</translation>
    </message>
</context>
<context>
    <name>vigie::store::Database</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing already saved is lost.</source>
        <translation>Le disque est plein : libérez de l&apos;espace, puis réessayez. Les données déjà enregistrées ne sont pas perdues.</translation>
    </message>
    <message>
        <source>The database is read-only: check the access rights of the data folder.</source>
        <translation>La base de données est en lecture seule : vérifiez les droits d&apos;accès du dossier de données.</translation>
    </message>
    <message>
        <source>The database is busy: try again in a moment.</source>
        <translation>La base de données est occupée : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Impossible d&apos;ouvrir la base de données %1</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie database or is damaged</source>
        <translation>Le fichier %1 n&apos;est pas une base de données Vigie ou est endommagé</translation>
    </message>
    <message>
        <source>Cannot configure the database %1</source>
        <translation>Impossible de configurer la base de données %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Vigie (schema %2; this version knows up to %3). Install the newer version; the data is untouched.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Vigie (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Installez la version plus récente ; les données sont intactes.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1</source>
        <translation>Impossible de mettre à jour la base de données vers le schéma %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Impossible d&apos;enregistrer la modification</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraTree</name>
    <message>
        <source>Search a camera (Ctrl+F)</source>
        <translation>Rechercher une caméra (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::LoginDialog</name>
    <message>
        <source>Vigie — Login</source>
        <translation>Vigie — Connexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vigie&lt;/b&gt; — urban video supervision centre</source>
        <translation>&lt;b&gt;Vigie&lt;/b&gt; — centre de supervision urbain</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (%2×%3, main window)</source>
        <translation>%1 (%2×%3, fenêtre principale)</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Language (applied at next start)</source>
        <translation>Langue (appliquée au prochain démarrage)</translation>
    </message>
    <message>
        <source>Monitors that carry a wall:</source>
        <translation>Écrans affichant un mur :</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TileWidget</name>
    <message>
        <source>Empty tile</source>
        <translation>Vignette vide</translation>
    </message>
    <message>
        <source>Drop a camera here</source>
        <translation>Déposez une caméra ici</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::WallView</name>
    <message>
        <source>Unknown camera</source>
        <translation>Caméra inconnue</translation>
    </message>
    <message>
        <source>This camera is not in the directory.</source>
        <translation>Cette caméra ne figure pas dans l&apos;annuaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) did not fit on this wall.</source>
        <translation>
            <numerusform>%n caméra n&apos;a pas pu être placée sur ce mur.</numerusform>
            <numerusform>%n caméras n&apos;ont pas pu être placées sur ce mur.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation>Aucune caméra ne porte le numéro %1.</translation>
    </message>
</context>
</TS>
