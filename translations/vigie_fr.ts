<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>vigie::AppPaths</name>
    <message>
        <source>Cannot create the folder %1: check the disk and the access rights.</source>
        <translation>Impossible de créer le dossier %1 : vérifiez le disque et les droits d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>vigie::PdfComposer</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>A PDF export needs the graphical part of Qt (fonts).</source>
        <translation>Un export PDF nécessite la partie graphique de Qt (polices de caractères).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Le PDF n&apos;a pas pu être produit.</translation>
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
    <name>vigie::access::AccessPolicy</name>
    <message>
        <source>view live cameras</source>
        <translation>visionner les caméras en direct</translation>
    </message>
    <message>
        <source>record an incident</source>
        <translation>saisir un incident</translation>
    </message>
    <message>
        <source>edit an incident</source>
        <translation>modifier un incident</translation>
    </message>
    <message>
        <source>sign off an incident</source>
        <translation>viser un incident</translation>
    </message>
    <message>
        <source>open a shift</source>
        <translation>ouvrir une vacation</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>passer les consignes d&apos;une vacation</translation>
    </message>
    <message>
        <source>take over a shift as chef de salle</source>
        <translation>prendre la relève d&apos;une vacation en tant que chef de salle</translation>
    </message>
    <message>
        <source>sign a shift log</source>
        <translation>viser une main courante</translation>
    </message>
    <message>
        <source>export a shift log</source>
        <translation>exporter une main courante</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>verify the journal</source>
        <translation>vérifier le journal</translation>
    </message>
    <message>
        <source>purge the journal</source>
        <translation>purger le journal</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to %1.</source>
        <translation>Vos rôles ne vous autorisent pas à %1.</translation>
    </message>
    <message>
        <source>No habilitation is recorded for %1: only designated and trained agents may view images (article L252-2). Ask your supervisor.</source>
        <translation>Aucune habilitation n&apos;est enregistrée pour %1 : seuls les agents individuellement désignés et formés peuvent visionner les images (article L252-2 du code de la sécurité intérieure). Adressez-vous à votre chef de salle.</translation>
    </message>
    <message>
        <source>The habilitation of %1 expired on %2: viewing images is not allowed until it is renewed.</source>
        <translation>L&apos;habilitation de %1 a expiré le %2 : le visionnage des images n&apos;est pas autorisé tant qu&apos;elle n&apos;est pas renouvelée.</translation>
    </message>
    <message>
        <source>The data-protection training of %1 is not recorded: viewing images is not allowed.</source>
        <translation>La formation à la protection des données de %1 n&apos;est pas enregistrée : le visionnage des images n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>This camera is outside the territory of your habilitation (commune %1).</source>
        <translation>Cette caméra est hors du territoire de votre habilitation (commune %1).</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>A habilitation needs who designated the agent, the territory, the training date and the expiry date.</source>
        <translation>Une habilitation doit indiquer qui a désigné l&apos;agent, le territoire, la date de formation et la date d&apos;expiration.</translation>
    </message>
    <message>
        <source>search the main courante</source>
        <translation>rechercher dans la main courante</translation>
    </message>
    <message>
        <source>verbalise parking offences</source>
        <translation>verbaliser les infractions au stationnement</translation>
    </message>
    <message>
        <source>verbalise traffic offences</source>
        <translation>verbaliser les infractions à la circulation</translation>
    </message>
    <message>
        <source>administer the central database</source>
        <translation>administrer la base centrale</translation>
    </message>
    <message>
        <source>change the workstation&apos;s security settings</source>
        <translation>modifier les réglages de sécurité du poste</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; exists in this register.</source>
        <translation>Aucun compte «&#xa0;%1&#xa0;» n&apos;existe dans ce registre.</translation>
    </message>
    <message>
        <source>The account %1 is locked after failed logins.</source>
        <translation>Le compte %1 est verrouillé après des échecs de connexion.</translation>
    </message>
    <message>
        <source>Camera %1 has no commune (INSEE code) in the directory: nobody may view it until its commune is recorded.</source>
        <translation>La caméra %1 n&apos;a pas de commune (code INSEE) dans l&apos;annuaire : personne ne peut la visionner tant que sa commune n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>manage the camera directory</source>
        <translation>gérer le répertoire des caméras</translation>
    </message>
    <message>
        <source>manage the incident typology</source>
        <translation>gérer la typologie des incidents</translation>
    </message>
    <message>
        <source>manage the NATINF catalogue</source>
        <translation>gérer le catalogue NATINF</translation>
    </message>
    <message>
        <source>read the video-verbalisation tickets</source>
        <translation>lire les procès-verbaux de vidéo-verbalisation</translation>
    </message>
    <message>
        <source>transmit video-verbalisation tickets</source>
        <translation>transmettre les procès-verbaux de vidéo-verbalisation</translation>
    </message>
    <message>
        <source>manage the landlords&apos; conventions</source>
        <translation>gérer les conventions des bailleurs</translation>
    </message>
    <message>
        <source>handle the landlords&apos; calls and viewing requests</source>
        <translation>traiter les appels et les demandes de visionnage des bailleurs</translation>
    </message>
    <message>
        <source>review and export the bailleur register</source>
        <translation>viser et exporter le registre des bailleurs</translation>
    </message>
    <message>
        <source>configure the video detectors</source>
        <translation>configurer les détecteurs vidéo</translation>
    </message>
    <message>
        <source>Camera %1 belongs to a social landlord (convention %2): it may be viewed only during a viewing session opened on the landlord&apos;s request, and none covers it now.</source>
        <translation>La caméra %1 appartient à un bailleur social (convention %2) : elle ne peut être visionnée que pendant une session ouverte à la demande du bailleur, et aucune ne la couvre en ce moment.</translation>
    </message>
    <message>
        <source>save PTZ presets</source>
        <translation>enregistrer des préréglages PTZ</translation>
    </message>
    <message>
        <source>take over a PTZ camera</source>
        <translation>reprendre la main sur une caméra PTZ</translation>
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
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» inconnu.</translation>
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
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Only %1 or a supervisor can unlock this desk. To change operator, %1 logs out.</source>
        <translation>Ce pupitre ne peut être déverrouillé que par %1 ou par un chef de salle. Pour changer d&apos;opérateur, %1 doit se déconnecter.</translation>
    </message>
    <message>
        <source>This register already has users: the first administrator is created only in an empty register. An administrator creates the other accounts with vigiectl --user LOGIN user add.</source>
        <translation>Ce registre a déjà des utilisateurs : le premier administrateur n&apos;est créé que dans un registre vide. Un administrateur crée les autres comptes avec vigiectl --user IDENTIFIANT user add.</translation>
    </message>
    <message>
        <source>This register already has users: the first administrator is created only in an empty register.</source>
        <translation>Ce registre a déjà des utilisateurs : le premier administrateur n&apos;est créé que dans un registre vide.</translation>
    </message>
    <message>
        <source>The current password is wrong: the password of %1 is unchanged.</source>
        <translation>Le mot de passe actuel est faux : le mot de passe de %1 n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <source>The logout cannot be recorded in the journal, so the session stays open: %1</source>
        <translation>La déconnexion ne peut pas être inscrite au journal, la session reste donc ouverte : %1</translation>
    </message>
    <message>
        <source>The lock cannot be recorded in the journal: %1</source>
        <translation>Le verrouillage ne peut pas être inscrit au journal : %1</translation>
    </message>
    <message>
        <source>The unlock cannot be recorded in the journal: the desk stays locked. %1</source>
        <translation>Le déverrouillage ne peut pas être inscrit au journal : le poste reste verrouillé. %1</translation>
    </message>
    <message>
        <source>The login cannot be recorded in the journal, so it is refused: %1</source>
        <translation>La connexion ne peut pas être inscrite au journal, elle est donc refusée : %1</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed attempts, until %2. An administrator can unlock it.</source>
        <translation>Ce compte est verrouillé jusqu&apos;à %2 après %1 tentatives échouées. Un administrateur peut le déverrouiller.</translation>
    </message>
    <message>
        <source>The stored password of this account cannot be checked (its hash asks for more than %L1 iterations). An administrator must set a new one.</source>
        <translation>Le mot de passe enregistré de ce compte ne peut pas être vérifié (son empreinte demande plus de %L1 itérations). Un administrateur doit en définir un nouveau.</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until %1. An administrator can unlock it.</source>
        <translation>Trop de tentatives échouées : ce compte est verrouillé jusqu&apos;à %1. Un administrateur peut le déverrouiller.</translation>
    </message>
    <message>
        <source>Cannot apply the login events of %1</source>
        <translation>Impossible d&apos;appliquer les événements de connexion de %1</translation>
    </message>
    <message>
        <source>Cannot save the account %1</source>
        <translation>Impossible d&apos;enregistrer le compte %1</translation>
    </message>
    <message>
        <source>The account %1 names an unknown role &quot;%2&quot;.</source>
        <translation>Le compte %1 cite un rôle inconnu « %2 ».</translation>
    </message>
    <message>
        <source>The account %1 has no role or no password.</source>
        <translation>Le compte %1 n&apos;a pas de rôle ou pas de mot de passe.</translation>
    </message>
    <message>
        <source>A first administrator (%1) is accepted only by a register with no user; this one has accounts.</source>
        <translation>Un premier administrateur (%1) n&apos;est accepté que par un registre sans utilisateur ; celui-ci a des comptes.</translation>
    </message>
    <message>
        <source>A first administrator must be created by itself, as an administrator.</source>
        <translation>Un premier administrateur doit être créé par lui-même, comme administrateur.</translation>
    </message>
    <message>
        <source>%1 is not an active account of this register.</source>
        <translation>%1 n&apos;est pas un compte actif de ce registre.</translation>
    </message>
</context>
<context>
    <name>vigie::access::ReferenceGate</name>
    <message>
        <source>%1 is not an account of this register: nobody here gave them the right to %2.</source>
        <translation>%1 n&apos;est pas un compte de ce registre : personne ici ne lui a donné le droit de %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled here.</source>
        <translation>Le compte %1 est désactivé sur ce poste.</translation>
    </message>
    <message>
        <source>The roles of %1 do not allow them to %2.</source>
        <translation>Les rôles de %1 ne lui permettent pas de %2.</translation>
    </message>
    <message>
        <source>Cannot apply entry %1 of %2</source>
        <translation>Impossible d&apos;appliquer l&apos;entrée %1 de %2</translation>
    </message>
    <message>
        <source>Cannot record the refusal of entry %1 of %2</source>
        <translation>Impossible d&apos;enregistrer le refus de l&apos;entrée %1 de %2</translation>
    </message>
</context>
<context>
    <name>vigie::access::SessionSettings</name>
    <message>
        <source>The idle-lock delay in the settings (&quot;%1&quot;) is not between %2 and %3 minutes: the desk locks after %4 min without input. An administrator sets it in Tools &gt; Settings.</source>
        <translation>Le délai de verrouillage inscrit dans les réglages (« %1 ») n&apos;est pas compris entre %2 et %3 minutes : le poste se verrouille après %4 min sans activité. Un administrateur le règle dans Outils &gt; Paramètres.</translation>
    </message>
    <message>
        <source>The idle-lock delay is from %1 to %2 minutes.</source>
        <translation>Le délai de verrouillage va de %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de réglages %1.</translation>
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
    <name>vigie::access::ViewGrants</name>
    <message>
        <source>Cannot save the viewing grants</source>
        <translation>Impossible d&apos;enregistrer les autorisations de visionnage</translation>
    </message>
</context>
<context>
    <name>vigie::access::ViewingSession</name>
    <message>
        <source>Cannot record the viewing of camera %1</source>
        <translation>Impossible d&apos;enregistrer le visionnage de la caméra %1</translation>
    </message>
    <message>
        <source>Cannot record the end of the viewing of camera %1</source>
        <translation>Impossible d&apos;enregistrer la fin du visionnage de la caméra %1</translation>
    </message>
    <message>
        <source>Cannot read the viewings left open</source>
        <translation>Impossible de lire les visionnages restés ouverts</translation>
    </message>
    <message>
        <source>Cannot close a viewing left open</source>
        <translation>Impossible de clore un visionnage resté ouvert</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::AlarmLog</name>
    <message>
        <source>There is no alarm %1.</source>
        <translation>Il n&apos;y a pas d&apos;alarme %1.</translation>
    </message>
    <message>
        <source>This alarm was already acknowledged by %1 on %2.</source>
        <translation>Cette alarme a déjà été acquittée par %1 le %2.</translation>
    </message>
    <message>
        <source>Cannot record the alarm %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;alarme %1</translation>
    </message>
    <message>
        <source>An alarm is acknowledged with a comment: what was seen, what was done.</source>
        <translation>Une alarme s&apos;acquitte avec un commentaire : ce qui a été vu, ce qui a été fait.</translation>
    </message>
    <message>
        <source>Cannot read the alarms&apos; pictures</source>
        <translation>Impossible de lire les images des alarmes</translation>
    </message>
    <message>
        <source>retention of the cameras&apos; images (30 days at most, L252-5)</source>
        <translation>conservation des images des caméras (30 jours au plus, L252-5)</translation>
    </message>
    <message>
        <source>Cannot purge the alarms&apos; pictures</source>
        <translation>Impossible de purger les images des alarmes</translation>
    </message>
    <message>
        <source>Cannot read the alarms kept</source>
        <translation>Impossible de lire les alarmes conservées</translation>
    </message>
    <message>
        <source>retention of the video analytics&apos; alarms</source>
        <translation>conservation des alarmes de l&apos;analyse vidéo</translation>
    </message>
    <message>
        <source>Cannot purge the alarms</source>
        <translation>Impossible de purger les alarmes</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm picture(s) past their camera&apos;s retention removed.</source>
        <translation>
            <numerusform>%n image d&apos;alarme au-delà de la durée de conservation de sa caméra supprimée.</numerusform>
            <numerusform>%n images d&apos;alarme au-delà de la durée de conservation de leur caméra supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video analytics alarm(s) past their retention removed.</source>
        <translation>
            <numerusform>%n alarme d&apos;analyse vidéo au-delà de sa durée de conservation supprimée.</numerusform>
            <numerusform>%n alarmes d&apos;analyse vidéo au-delà de leur durée de conservation supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the picture of the alarm %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image de l&apos;alarme %1</translation>
    </message>
    <message>
        <source>This picture is not the one its alarm recorded (its SHA-256 differs): it is not shown.</source>
        <translation>Cette image n&apos;est pas celle que son alarme a enregistrée (son SHA-256 diffère) : elle n&apos;est pas affichée.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::ClipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The pictures of %1 are in a format that cannot be converted.</source>
        <translation>Les images de %1 sont dans un format impossible à convertir.</translation>
    </message>
    <message>
        <source>its data are not those of a video</source>
        <translation>son contenu n&apos;est pas celui d&apos;une vidéo</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>il s&apos;arrête trop tôt</translation>
    </message>
    <message>
        <source>its video is in a format Vigie cannot decode</source>
        <translation>sa vidéo est dans un format que Vigie ne sait pas décoder</translation>
    </message>
    <message>
        <source>it holds no video</source>
        <translation>il ne contient aucune vidéo</translation>
    </message>
    <message>
        <source>reading it is not allowed</source>
        <translation>sa lecture n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>le disque n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>memory ran out</source>
        <translation>la mémoire a manqué</translation>
    </message>
    <message>
        <source>error %1, detailed in the log</source>
        <translation>erreur %1, détaillée dans le journal technique</translation>
    </message>
    <message>
        <source>The file %1 is not a video that can be read: %2.</source>
        <translation>Le fichier %1 n&apos;est pas une vidéo lisible : %2.</translation>
    </message>
    <message>
        <source>The video of %1 cannot be decoded: %2.</source>
        <translation>La vidéo de %1 ne peut pas être décodée : %2.</translation>
    </message>
    <message>
        <source>The video of %1 is damaged after picture %2: %3.</source>
        <translation>La vidéo de %1 est endommagée après l&apos;image %2 : %3.</translation>
    </message>
    <message>
        <source>The file %1 breaks off after picture %2: %3.</source>
        <translation>Le fichier %1 s&apos;interrompt après l&apos;image %2 : %3.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::CountLog</name>
    <message>
        <source>left to right</source>
        <translation>de gauche à droite</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>de droite à gauche</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>de haut en bas</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>de bas en haut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>Occupation (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The period of the report must end after it starts.</source>
        <translation>La période du rapport doit finir après son début.</translation>
    </message>
    <message>
        <source>This period is too long to report by hour: report it by day.</source>
        <translation>Cette période est trop longue pour un rapport par heure : demandez-le par jour.</translation>
    </message>
    <message>
        <source>Cannot read the counts</source>
        <translation>Impossible de lire les comptages</translation>
    </message>
    <message>
        <source>Cannot record the counts of %1</source>
        <translation>Impossible d&apos;enregistrer les comptages de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) of video analytics counts past their retention removed.</source>
        <translation>
            <numerusform>%n quart d&apos;heure de comptages d&apos;analyse vidéo au-delà de sa durée de conservation supprimé.</numerusform>
            <numerusform>%n quarts d&apos;heure de comptages d&apos;analyse vidéo au-delà de leur durée de conservation supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed (min)</source>
        <translation>Observé (min)</translation>
    </message>
    <message>
        <source>retention of the video analytics&apos; counts</source>
        <translation>conservation des comptages de l&apos;analyse vidéo</translation>
    </message>
    <message>
        <source>Cannot purge the counts</source>
        <translation>Impossible de purger les comptages</translation>
    </message>
    <message>
        <source>-: not observed (no picture analysed: camera lost, analytics stopped). Fewer minutes observed than the hour or day has: the counts cover only those minutes.</source>
        <translation>- : non observé (aucune image analysée : caméra perdue, analyse arrêtée). Moins de minutes observées que n&apos;en compte l&apos;heure ou le jour : les comptages ne portent que sur ces minutes.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::DetectorConfig</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:MM).</source>
        <translation>« %1 » n&apos;est pas une heure (HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule window (HH:MM-HH:MM@DAYS, days 1 Monday to 7 Sunday, as 1-5 or 6,7).</source>
        <translation>« %1 » n&apos;est pas une plage horaire (HH:MM-HH:MM@JOURS, jours de 1 lundi à 7 dimanche, par exemple 1-5 ou 6,7).</translation>
    </message>
    <message>
        <source>The schedule window &quot;%1&quot; is empty.</source>
        <translation>La plage horaire « %1 » est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days (1 Monday to 7 Sunday).</source>
        <translation>« %1 » n&apos;est ni un jour ni une suite de jours (1 lundi à 7 dimanche).</translation>
    </message>
    <message>
        <source>This detector configuration was written by a newer version of Vigie (format %1; this one reads up to %2): update this workstation.</source>
        <translation>Cette configuration de détecteur vient d&apos;une version plus récente de Vigie (format %1 ; celle-ci lit jusqu&apos;au format %2) : mettez ce poste à jour.</translation>
    </message>
    <message>
        <source>The camera number is missing.</source>
        <translation>Le numéro de caméra manque.</translation>
    </message>
    <message>
        <source>The detector needs a name.</source>
        <translation>Le détecteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The zone&apos;s point %1 is outside the picture: coordinates go from 0 to 1, from the top left corner.</source>
        <translation>Le point %1 de la zone est hors de l&apos;image : les coordonnées vont de 0 à 1 depuis le coin supérieur gauche.</translation>
    </message>
    <message>
        <source>The zone needs at least three points around a surface.</source>
        <translation>La zone doit avoir au moins trois points autour d&apos;une surface.</translation>
    </message>
    <message>
        <source>The line&apos;s end %1 is outside the picture: coordinates go from 0 to 1, from the top left corner.</source>
        <translation>L&apos;extrémité %1 de la ligne est hors de l&apos;image : les coordonnées vont de 0 à 1 depuis le coin supérieur gauche.</translation>
    </message>
    <message>
        <source>The counting line is missing or too short.</source>
        <translation>La ligne de comptage manque ou est trop courte.</translation>
    </message>
    <message>
        <source>This detector needs a zone: the lane or the parking places.</source>
        <translation>Ce détecteur a besoin d&apos;une zone : la voie ou les places de stationnement.</translation>
    </message>
    <message>
        <source>The sensitivity goes from 0 to 1.</source>
        <translation>La sensibilité va de 0 à 1.</translation>
    </message>
    <message>
        <source>The smallest object is a share of the picture, above 0 and below 1.</source>
        <translation>La taille minimale d&apos;un objet est une part de l&apos;image, supérieure à 0 et inférieure à 1.</translation>
    </message>
    <message>
        <source>The occupancy threshold is a share of the lane, above 0 and up to 1.</source>
        <translation>Le seuil d&apos;occupation est une part de la voie, supérieure à 0 et au plus 1.</translation>
    </message>
    <message>
        <source>The durations must be positive, and the re-checks of a parked vehicle more frequent than its threshold.</source>
        <translation>Les durées doivent être positives, et les contrôles d&apos;un véhicule stationné plus fréquents que son seuil.</translation>
    </message>
    <message>
        <source>A gathering needs at least one person.</source>
        <translation>Un attroupement compte au moins une personne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point X,Y of the zone.</source>
        <translation>« %1 » n&apos;est pas un point X,Y de la zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line X1,Y1,X2,Y2.</source>
        <translation>« %1 » n&apos;est pas une ligne X1,Y1,X2,Y2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction: degrees (0 right, 90 down) or right, down, left, up.</source>
        <translation>« %1 » n&apos;est pas une direction : des degrés (0 vers la droite, 90 vers le bas) ou droite, bas, gauche, haut.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::DetectorSettings</name>
    <message>
        <source>Camera %1 has no detector named &quot;%2&quot;.</source>
        <translation>La caméra %1 n&apos;a pas de détecteur nommé « %2 ».</translation>
    </message>
    <message>
        <source>The event names detector %1 but carries detector %2.</source>
        <translation>L&apos;événement nomme le détecteur %1 mais porte le détecteur %2.</translation>
    </message>
    <message>
        <source>Cannot save the detector %1</source>
        <translation>Impossible d&apos;enregistrer le détecteur %1</translation>
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
    <name>vigie::app::AlarmDesk</name>
    <message>
        <source>ALARM: %1</source>
        <translation>ALARME : %1</translation>
    </message>
    <message>
        <source>Alarm not acknowledged: %1</source>
        <translation>Alarme non acquittée : %1</translation>
    </message>
    <message>
        <source>Alarm acknowledged: %1</source>
        <translation>Alarme acquittée : %1</translation>
    </message>
    <message>
        <source>Acknowledge the alarm</source>
        <translation>Acquitter l&apos;alarme</translation>
    </message>
    <message>
        <source>%1 on camera %2 at %3. What was seen, what was done?</source>
        <translation>%1 sur la caméra %2 à %3. Qu&apos;avez-vous vu, qu&apos;avez-vous fait ?</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Alarm snoozed for %n minute(s) on this desk.</source>
        <translation>
            <numerusform>Alarme mise en sourdine %n minute sur ce poste.</numerusform>
            <numerusform>Alarme mise en sourdine %n minutes sur ce poste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze the alarm</source>
        <translation>Mettre l&apos;alarme en sourdine</translation>
    </message>
    <message>
        <source>Silence and hide this alarm on this desk for how many minutes? It stays open for every desk.</source>
        <translation>Combien de minutes faire taire et masquer cette alarme sur ce poste ? Elle reste ouverte pour tous les postes.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Sourdine</translation>
    </message>
    <message>
        <source>No open alarm.</source>
        <translation>Aucune alarme ouverte.</translation>
    </message>
    <message>
        <source>Video analytics alarm: %1, detector &quot;%2&quot;, %3.</source>
        <translation>Alarme d&apos;analyse vidéo : %1, détecteur «&#xa0;%2&#xa0;», %3.</translation>
    </message>
    <message>
        <source>Incident from the alarm &quot;%1&quot; on camera %2</source>
        <translation>Incident sur l&apos;alarme «&#xa0;%1&#xa0;» de la caméra %2</translation>
    </message>
    <message>
        <source>Incident %1 recorded from the alarm.</source>
        <translation>Incident %1 enregistré à partir de l&apos;alarme.</translation>
    </message>
</context>
<context>
    <name>vigie::app::BailleurDesk</name>
    <message>
        <source>Bailleur session of %1 extended: it now ends at %2.</source>
        <translation>Session bailleur de %1 prolongée : elle se termine désormais à %2.</translation>
    </message>
    <message numerus="yes">
        <source>The bailleur session of %1 (cameras %2) ends in %n second(s): extend it with Shift+F7 if the intervention needs it.</source>
        <translation>
            <numerusform>La session bailleur de %1 (caméras %2) se termine dans %n seconde : prolongez-la avec Maj+F7 si l&apos;intervention l&apos;exige.</numerusform>
            <numerusform>La session bailleur de %1 (caméras %2) se termine dans %n secondes : prolongez-la avec Maj+F7 si l&apos;intervention l&apos;exige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bailleur session of %1 opened until %2: %n camera(s).</source>
        <translation>
            <numerusform>Session bailleur de %1 ouverte jusqu&apos;à %2 : %n caméra.</numerusform>
            <numerusform>Session bailleur de %1 ouverte jusqu&apos;à %2 : %n caméras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bailleur session of %1 closed at its limit, %2.</source>
        <translation>Session bailleur de %1 fermée à son terme, %2.</translation>
    </message>
    <message>
        <source>Bailleur session of %1 closed by hand at %2 (%3).</source>
        <translation>Session bailleur de %1 fermée manuellement à %2 (%3).</translation>
    </message>
    <message>
        <source>Bailleur call logged: %1, %2 %3.</source>
        <translation>Appel bailleur consigné : %1, %2 %3.</translation>
    </message>
    <message>
        <source>Request from a landlord&apos;s alert</source>
        <translation>Demande sur alerte du bailleur</translation>
    </message>
    <message>
        <source>Request from the call of %1: %2</source>
        <translation>Demande issue de l&apos;appel de %1 : %2</translation>
    </message>
    <message>
        <source>Bailleur request refused: %1</source>
        <translation>Demande bailleur refusée : %1</translation>
    </message>
    <message numerus="yes">
        <source>The convention %1 with %2 expires on %3 (in %n day(s)): its renewal is a new decision of the préfet; without it, no session can open.</source>
        <translation>
            <numerusform>La convention %1 avec %2 expire le %3 (dans %n jour) : son renouvellement est une nouvelle décision du préfet ; sans elle, aucune session ne pourra s&apos;ouvrir.</numerusform>
            <numerusform>La convention %1 avec %2 expire le %3 (dans %n jours) : son renouvellement est une nouvelle décision du préfet ; sans elle, aucune session ne pourra s&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Centre de supervision urbain</translation>
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
    <message>
        <source>Incident at %1</source>
        <translation>Incident du %1</translation>
    </message>
    <message>
        <source>Incident on camera %1 at %2</source>
        <translation>Incident du %2 sur la caméra %1</translation>
    </message>
    <message>
        <source>Incident %1 recorded.</source>
        <translation>Incident %1 enregistré.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Incident %1 updated.</source>
        <translation>Incident %1 mis à jour.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal altered</source>
        <translation>Journal altéré</translation>
    </message>
    <message>
        <source>Desk locked after a time without input.</source>
        <translation>Pupitre verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Desk locked.</source>
        <translation>Pupitre verrouillé.</translation>
    </message>
    <message>
        <source>Desk unlocked by the supervisor %1.</source>
        <translation>Pupitre déverrouillé par le chef de salle %1.</translation>
    </message>
    <message>
        <source>Desk unlocked.</source>
        <translation>Pupitre déverrouillé.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>No shift is open on this workstation.</source>
        <translation>Aucune vacation n&apos;est ouverte sur ce poste.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Centre de supervision urbain</translation>
    </message>
    <message>
        <source>Shift %1: %2</source>
        <translation>Vacation %1 : %2</translation>
    </message>
    <message>
        <source>Shift closed: the incoming chef has taken over.</source>
        <translation>Vacation clôturée : le chef de salle entrant a pris la relève.</translation>
    </message>
    <message>
        <source>Select a tile showing a camera to take a snapshot.</source>
        <translation>Sélectionnez une vignette qui montre une caméra pour prendre un instantané.</translation>
    </message>
    <message>
        <source>Snapshot of camera %1 saved: %2</source>
        <translation>Instantané de la caméra %1 enregistré : %2</translation>
    </message>
    <message>
        <source>Tour stopped.</source>
        <translation>Séquence arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>Tour of %n camera(s), %1 s each.</source>
        <translation>
            <numerusform>Séquence de %n caméra, %1 s chacune.</numerusform>
            <numerusform>Séquence de %n caméras, %1 s chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Vigie</source>
        <translation>Quitter Vigie</translation>
    </message>
    <message>
        <source>Close Vigie on this workstation? Every wall stops and %1 is logged out.</source>
        <translation>Fermer Vigie sur ce poste ? Tous les murs s&apos;arrêtent et la session de %1 se ferme.</translation>
    </message>
    <message>
        <source>Keep Vigie open</source>
        <translation>Garder Vigie ouvert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message numerus="yes">
        <source>The desk now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Le poste se verrouille désormais après %n minute sans activité.</numerusform>
            <numerusform>Le poste se verrouille désormais après %n minutes sans activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tile with a camera has the focus: on which camera is the incident?</source>
        <translation>Aucune vignette avec une caméra n&apos;est active : sur quelle caméra porte l&apos;incident ?</translation>
    </message>
    <message>
        <source>The habilitation of %1 has expired: the views it covered are stopped.</source>
        <translation>L&apos;habilitation de %1 a expiré : les visionnages qu&apos;elle couvrait sont arrêtés.</translation>
    </message>
    <message>
        <source>Changes refused</source>
        <translation>Modifications refusées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to accounts, cameras or the typology received from other workstations were refused here.</source>
        <translation>
            <numerusform>%n modification des comptes, des caméras ou de la typologie reçue d&apos;un autre poste a été refusée ici.</numerusform>
            <numerusform>%n modifications des comptes, des caméras ou de la typologie reçues d&apos;autres postes ont été refusées ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their authors did not hold the right in this register, or the change could not be applied. They stay in the journal but changed nothing. Open the details for the list (also: vigiectl journal refusals).</source>
        <translation>Leurs auteurs n&apos;avaient pas le droit dans ce registre, ou la modification ne pouvait pas être appliquée. Elles restent au journal mais n&apos;ont rien changé. Ouvrez les détails pour la liste (aussi : vigiectl journal refusals).</translation>
    </message>
    <message>
        <source>%1, %2 entry %3: %4 by %5 on %6. %7</source>
        <translation>%1, %2 entrée %3 : %4 par %5 sur %6. %7</translation>
    </message>
    <message>
        <source>Maintenance: camera %1 down for more than %2 min (since %3): %4</source>
        <translation>Maintenance : caméra %1 hors service depuis plus de %2 min (depuis le %3) : %4</translation>
    </message>
    <message>
        <source>No picture is taken from a landlord&apos;s camera: it is viewed, never recorded.</source>
        <translation>Aucune image n&apos;est prise d&apos;une caméra de bailleur : elle se visionne, elle ne s&apos;enregistre jamais.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera directory changed: %1. The tree, the walls and the map show it.</source>
        <translation>Annuaire des caméras modifié : %1. L'arbre, les murs et le plan le montrent.</translation>
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
    <message>
        <source>&amp;Main courante</source>
        <translation>&amp;Main courante</translation>
    </message>
    <message>
        <source>&amp;New incident on the focused tile</source>
        <translation>&amp;Nouvel incident sur la vignette active</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Open the shift…</source>
        <translation>&amp;Ouvrir la vacation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Passer les consignes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Take over the shift (incoming chef)…</source>
        <translation>Prendre la &amp;relève (chef de salle entrant)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Shift log &amp;review, visa and export…</source>
        <translation>Re&amp;lecture, visa et export de la main courante…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Verify the journal</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Shift: %1 — not opened (Ctrl+Shift+O)</source>
        <translation>Vacation : %1 — non ouverte (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Shift: %1 — chef de salle %2 — %3</source>
        <translation>Vacation : %1 — chef de salle %2 — %3</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk</source>
        <translation>&amp;Verrouiller le pupitre</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Snapshot of the focused tile</source>
        <translation>&amp;Instantané de la vignette active</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>&amp;Tour on the focused tile or the wall…</source>
        <translation>&amp;Séquence sur la vignette active ou le mur…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Pause or resume the tour of the tile</source>
        <translation>Mettre en pause ou reprendre la séquence de la vignette</translation>
    </message>
    <message>
        <source>Walls</source>
        <translation>Murs</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Erase the last digit typed</source>
        <translation>Effacer le dernier chiffre tapé</translation>
    </message>
    <message>
        <source>Shift dialogs</source>
        <translation>Fenêtres de vacation</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Open, hand over, sign or add to the shift</source>
        <translation>Ouvrir la vacation, passer les consignes, viser, ajouter un addendum</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Next wall</source>
        <translation>Mur &amp;suivant</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Previous wall</source>
        <translation>Mur &amp;précédent</translation>
    </message>
    <message>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <source>Camera &amp;maintenance…</source>
        <translation>&amp;Maintenance des caméras…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>V&amp;erbalisation</source>
        <translation>V&amp;erbalisation</translation>
    </message>
    <message>
        <source>&amp;New ticket from the focused live tile</source>
        <translation>&amp;Nouvelle vidéo-verbalisation sur la vignette en direct</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>&amp;Tickets…</source>
        <translation>&amp;Liste des verbalisations…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Bailleur</source>
        <translation>&amp;Bailleur</translation>
    </message>
    <message>
        <source>&amp;Log a call with a landlord…</source>
        <translation>&amp;Consigner un appel bailleur…</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Viewing &amp;sessions, landlord&apos;s alert…</source>
        <translation>&amp;Sessions de visionnage, alerte du bailleur…</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>&amp;Register, review, visa and export…</source>
        <translation>&amp;Registre, contrôle, visa et export…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>&amp;Alarms</source>
        <translation>&amp;Alarmes</translation>
    </message>
    <message>
        <source>&amp;Alarms list</source>
        <translation>&amp;Liste des alarmes</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Camera of the newest alarm</source>
        <translation>&amp;Caméra de la dernière alarme</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Camera &amp;map</source>
        <translation>&amp;Carte des caméras</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Video &amp;detectors…</source>
        <translation>&amp;Détecteurs vidéo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Counts and occupancy…</source>
        <translation>&amp;Comptages et occupation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add to or remove from &amp;favourites</source>
        <translation>Ajouter aux ou retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>My &amp;groups of cameras…</source>
        <translation>Mes &amp;groupes de caméras…</translation>
    </message>
    <message>
        <source>Camera &amp;directory…</source>
        <translation>&amp;Annuaire des caméras…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>PTZ cameras</source>
        <translation>Caméras PTZ</translation>
    </message>
    <message>
        <source>Ctrl+arrows, + / -</source>
        <translation>Ctrl+flèches, + / -</translation>
    </message>
    <message>
        <source>PTZ: pan, tilt, zoom (held)</source>
        <translation>PTZ : tourner, incliner, zoomer (maintenu)</translation>
    </message>
    <message>
        <source>Ctrl+drag, Ctrl+Home, F12</source>
        <translation>Ctrl+glisser, Ctrl+Début, F12</translation>
    </message>
    <message>
        <source>PTZ: steer by dragging; home; take over</source>
        <translation>PTZ : glisser pour piloter ; origine ; reprise</translation>
    </message>
    <message>
        <source>N then *, Ctrl+*, Shift+F12</source>
        <translation>N puis *, Ctrl+*, Maj+F12</translation>
    </message>
    <message>
        <source>PTZ: go to preset N; save it; the presets, named</source>
        <translation>PTZ : aller au préréglage N ; l'enregistrer ; les préréglages, nommés</translation>
    </message>
</context>
<context>
    <name>vigie::app::MapWindow</name>
    <message>
        <source>Vigie — camera map</source>
        <translation>Vigie — carte des caméras</translation>
    </message>
</context>
<context>
    <name>vigie::app::PtzControl</name>
    <message>
        <source>You now steer camera %1.</source>
        <translation>Vous pilotez maintenant la caméra %1.</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Préréglage %1</translation>
    </message>
    <message>
        <source>Camera %1 has no ONVIF address in the directory: it cannot be steered.</source>
        <translation>La caméra %1 n&apos;a pas d&apos;adresse ONVIF dans l&apos;annuaire : elle ne peut pas être pilotée.</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>Caméra %1 : %2</translation>
    </message>
    <message>
        <source>PTZ: %1</source>
        <translation>PTZ : %1</translation>
    </message>
    <message>
        <source>%1 took camera %2 over: you no longer steer it.</source>
        <translation>%1 a repris la main sur la caméra %2 : vous ne la pilotez plus.</translation>
    </message>
    <message>
        <source>Camera %1 has no preset yet.</source>
        <translation>La caméra %1 n'a encore aucun préréglage.</translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s) on the camera.</source>
        <translation>
            <numerusform>%n préréglage sur la caméra.</numerusform>
            <numerusform>%n préréglages sur la caméra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera %1 goes to preset %2.</source>
        <translation>La caméra %1 va au préréglage %2.</translation>
    </message>
    <message>
        <source>Preset %1 saved here as &quot;%2&quot;.</source>
        <translation>Préréglage %1 enregistré ici sous le nom « %2 ».</translation>
    </message>
    <message>
        <source>Preset %1 renamed &quot;%2&quot;.</source>
        <translation>Préréglage %1 renommé « %2 ».</translation>
    </message>
    <message>
        <source>Preset %1 removed.</source>
        <translation>Préréglage %1 supprimé.</translation>
    </message>
    <message>
        <source>Reading the presets of camera %1…</source>
        <translation>Lecture des préréglages de la caméra %1…</translation>
    </message>
    <message>
        <source>%1 steers camera %2 (desk %3 took it first): you no longer steer it.</source>
        <translation>%1 pilote la caméra %2 (le pupitre %3 l'a prise en premier) : vous ne la pilotez plus.</translation>
    </message>
</context>
<context>
    <name>vigie::app::SelectionDesk</name>
    <message>
        <source>Favourites: focus a tile with a camera, or select cameras in the tree, then Ctrl+D.</source>
        <translation>Favoris : placez-vous sur une vignette qui montre une caméra, ou sélectionnez des caméras dans l&apos;arbre, puis Ctrl+D.</translation>
    </message>
    <message>
        <source>Favourites: %1</source>
        <translation>Favoris : %1</translation>
    </message>
    <message>
        <source>Added to your favourites: %1</source>
        <translation>Ajoutée(s) à vos favoris : %1</translation>
    </message>
    <message>
        <source>Removed from your favourites: %1</source>
        <translation>Retirée(s) de vos favoris : %1</translation>
    </message>
</context>
<context>
    <name>vigie::app::VerbalisationDesk</name>
    <message>
        <source>Select a tile showing a camera live to draft a ticket.</source>
        <translation>Sélectionnez une vignette montrant une caméra en direct pour dresser une verbalisation.</translation>
    </message>
    <message>
        <source>Camera %1 is not live (%2): a ticket is drafted only from what is seen live.</source>
        <translation>La caméra %1 n&apos;est pas en direct (%2) : une verbalisation ne se dresse que sur ce qui est vu en direct.</translation>
    </message>
    <message>
        <source>Camera %1 has no live picture at this instant: a ticket is drafted only from what is seen live.</source>
        <translation>La caméra %1 n&apos;a pas d&apos;image en direct à cet instant : une verbalisation ne se dresse que sur ce qui est vu en direct.</translation>
    </message>
    <message numerus="yes">
        <source>%1 frame(s) of %2: the stream stopped giving live pictures during the capture.</source>
        <translation>
            <numerusform>%1 image sur %2 : le flux a cessé de donner des images en direct pendant la capture.</numerusform>
            <numerusform>%1 images sur %2 : le flux a cessé de donner des images en direct pendant la capture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Video-verbalisation is not available on this desk.</source>
        <translation>La vidéo-verbalisation n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <source>A ticket is already being drafted.</source>
        <translation>Une verbalisation est déjà en cours de saisie.</translation>
    </message>
    <message>
        <source>Camera %1 — seen live on %2</source>
        <translation>Caméra %1 — vu en direct le %2</translation>
    </message>
    <message>
        <source>%1 — INSEE %2</source>
        <translation>%1 — INSEE %2</translation>
    </message>
    <message>
        <source>Ticket %1: %2.</source>
        <translation>Verbalisation %1 : %2.</translation>
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
    <name>vigie::cameras::CameraCredentials</name>
    <message>
        <source>No keyring is available on this machine (Secret Service or KWallet): camera credentials cannot be kept out of the register. Open a desktop session with gnome-keyring.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cette machine (Secret Service ou KWallet) : les identifiants des caméras ne peuvent pas être tenus hors du registre. Ouvrez une session de bureau avec gnome-keyring.</translation>
    </message>
    <message>
        <source>The keyring refused: %1</source>
        <translation>Le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>The camera&apos;s user name is missing.</source>
        <translation>Le nom d&apos;utilisateur de la caméra manque.</translation>
    </message>
    <message>
        <source>The credentials of camera %1 stay in its address: %2</source>
        <translation>Les identifiants de la caméra %1 restent dans son adresse : %2</translation>
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
    <message>
        <source>The stream address of camera %1 carries a user name or a password: the directory and its journal never hold a camera&apos;s credentials. Give the address without them.</source>
        <translation>L&apos;adresse du flux de la caméra %1 contient un nom d&apos;utilisateur ou un mot de passe : le répertoire et son journal ne conservent jamais les identifiants d&apos;une caméra. Donnez l&apos;adresse sans eux.</translation>
    </message>
    <message>
        <source>There is no such parent group.</source>
        <translation>Ce groupe parent n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The event names camera %1 but carries camera %2.</source>
        <translation>L&apos;événement désigne la caméra %1 mais contient la caméra %2.</translation>
    </message>
    <message>
        <source>The INSEE code &quot;%1&quot; of camera %2 is not a French commune&apos;s code (5 characters, such as 92002 or 2A004).</source>
        <translation>Le code INSEE «&#xa0;%1&#xa0;» de la caméra %2 n&apos;est pas celui d&apos;une commune française (5 caractères, comme 92002 ou 2A004).</translation>
    </message>
    <message>
        <source>The coordinates of camera %1 must be a latitude between -90 and 90 and a longitude between -180 and 180 degrees, both or neither.</source>
        <translation>Les coordonnées de la caméra %1 doivent être une latitude entre -90 et 90 degrés et une longitude entre -180 et 180 degrés, toutes deux ou aucune.</translation>
    </message>
    <message>
        <source>The viewing direction of camera %1 must be between 0 and 360 degrees (0: north, 90: east).</source>
        <translation>La direction de visée de la caméra %1 doit être comprise entre 0 et 360 degrés (0 : nord, 90 : est).</translation>
    </message>
    <message>
        <source>Camera %1 belongs to a bailleur: give the reference of its convention.</source>
        <translation>La caméra %1 appartient à un bailleur : indiquez la référence de sa convention.</translation>
    </message>
    <message>
        <source>Camera %1 is already retired.</source>
        <translation>La caméra %1 est déjà retirée du service.</translation>
    </message>
    <message>
        <source>The ONVIF address of camera %1 is not a device service address (http://host/onvif/device_service).</source>
        <translation>L&apos;adresse ONVIF de la caméra %1 n&apos;est pas celle d&apos;un service d&apos;appareil (http://hôte/onvif/device_service).</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraFile</name>
    <message>
        <source>the coordinates &quot;%1&quot; are not a number of degrees.</source>
        <translation>les coordonnées «&#xa0;%1&#xa0;» ne sont pas un nombre de degrés.</translation>
    </message>
    <message>
        <source>the viewing direction &quot;%1&quot; is not a number of degrees.</source>
        <translation>la direction de visée «&#xa0;%1&#xa0;» n&apos;est pas un nombre de degrés.</translation>
    </message>
    <message>
        <source>the owner &quot;%1&quot; is not commune, bailleur or autre.</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» n&apos;est ni commune, ni bailleur, ni autre.</translation>
    </message>
    <message>
        <source>the transport &quot;%1&quot; is not tcp or udp.</source>
        <translation>le transport «&#xa0;%1&#xa0;» n&apos;est ni tcp ni udp.</translation>
    </message>
    <message>
        <source>the retention &quot;%1&quot; is not a whole number of days.</source>
        <translation>la durée de conservation «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de jours.</translation>
    </message>
    <message>
        <source>a retention of %1 days is over the 30 days the law allows (article L252-5).</source>
        <translation>une conservation de %1 jours dépasse les 30 jours permis par la loi (article L252-5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not oui or non (column %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non (colonne %2).</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was changed.</source>
        <translation>Le fichier est vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; of the first line is not one of the directory&apos;s (numero, nom, zone, adresse, insee, latitude, longitude, direction, proprietaire, convention, flux_principal, flux_secondaire, conservation, ptz, verbalisation, actif, retiree...): is this a camera CSV file with its header line? Nothing was changed.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» de la première ligne n&apos;est pas une colonne du répertoire (numero, nom, zone, adresse, insee, latitude, longitude, direction, proprietaire, convention, flux_principal, flux_secondaire, conservation, ptz, verbalisation, actif, retiree...) : s&apos;agit-il bien d&apos;un fichier CSV de caméras avec sa ligne d&apos;en-tête ? Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the first line. Nothing was changed.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» figure deux fois dans la première ligne. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The first line has no camera number column (numero): is this a camera CSV file with its header line? Nothing was changed.</source>
        <translation>La première ligne n&apos;a pas de colonne de numéro de caméra (numero) : s&apos;agit-il bien d&apos;un fichier CSV de caméras avec sa ligne d&apos;en-tête ? Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a separator too many or missing?).</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2 (un séparateur en trop ou manquant ?).</translation>
    </message>
    <message>
        <source>The JSON file is broken at character %1 (%2): a truncated file? Nothing was changed.</source>
        <translation>Le fichier JSON est abîmé au caractère %1 (%2) : fichier tronqué ? Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of cameras (an array, or an object with a &quot;cameras&quot; array). Nothing was changed.</source>
        <translation>Le fichier JSON ne contient pas de liste de caméras (un tableau, ou un objet avec un tableau «&#xa0;cameras&#xa0;»). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>this entry is not an object.</source>
        <translation>cette entrée n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the directory.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ du répertoire.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrée %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1): save it as &quot;CSV UTF-8&quot; and import it again. Nothing was changed.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (ligne %1) : enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the camera number is missing.</source>
        <translation>le numéro de la caméra manque.</translation>
    </message>
    <message>
        <source>the camera number &quot;%1&quot; is not a positive whole number.</source>
        <translation>le numéro de caméra «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <source>camera number %1 is also given in entry %2.</source>
        <translation>le numéro de caméra %1 est aussi donné à l&apos;entrée %2.</translation>
    </message>
    <message>
        <source>camera number %1 is also given on line %2.</source>
        <translation>le numéro de caméra %1 est aussi donné à la ligne %2.</translation>
    </message>
    <message>
        <source>the main stream address is missing.</source>
        <translation>l&apos;adresse du flux principal manque.</translation>
    </message>
    <message>
        <source>the stream address carries a user name or a password: give it without them, and keep them in the keyring with &quot;vigiectl camera credentials&quot;.</source>
        <translation>l&apos;adresse du flux contient un nom d&apos;utilisateur ou un mot de passe : donnez-la sans eux, et confiez-les au trousseau avec «&#xa0;vigiectl camera credentials&#xa0;».</translation>
    </message>
    <message>
        <source>the address %1 is already camera %2&apos;s.</source>
        <translation>l&apos;adresse %1 est déjà celle de la caméra %2.</translation>
    </message>
    <message>
        <source>the address %1 is also entry %2&apos;s.</source>
        <translation>l&apos;adresse %1 est aussi celle de l&apos;entrée %2.</translation>
    </message>
    <message>
        <source>the address %1 is also line %2&apos;s.</source>
        <translation>l&apos;adresse %1 est aussi celle de la ligne %2.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraHealthLog</name>
    <message numerus="yes">
        <source>%n camera outage(s) past their retention removed.</source>
        <translation>
            <numerusform>%n panne de caméra au-delà de sa durée de conservation supprimée.</numerusform>
            <numerusform>%n pannes de caméras au-delà de leur durée de conservation supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>non surveillée</translation>
    </message>
    <message>
        <source>Cannot close the last watch of the cameras</source>
        <translation>Impossible de clore la dernière surveillance des caméras</translation>
    </message>
    <message>
        <source>Cannot start watching the cameras&apos; health</source>
        <translation>Impossible de démarrer le suivi de l&apos;état des caméras</translation>
    </message>
    <message>
        <source>Cannot record the cameras&apos; health</source>
        <translation>Impossible d&apos;enregistrer l&apos;état des caméras</translation>
    </message>
    <message>
        <source>Cannot record the health of camera %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;état de la caméra %1</translation>
    </message>
    <message>
        <source>Cannot read the cameras&apos; outages</source>
        <translation>Impossible de lire les pannes des caméras</translation>
    </message>
    <message>
        <source>Cannot read the cameras&apos; health</source>
        <translation>Impossible de lire l&apos;état des caméras</translation>
    </message>
    <message>
        <source>Cannot purge the cameras&apos; health</source>
        <translation>Impossible de purger l&apos;historique de l&apos;état des caméras</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Down time</source>
        <translation>Durée de panne</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>En panne depuis</translation>
    </message>
    <message>
        <source>Last reason</source>
        <translation>Dernière cause</translation>
    </message>
    <message>
        <source>Camera availability from %1 to %2</source>
        <translation>Disponibilité des caméras du %1 au %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Maintenance report printed on %1</source>
        <translation>Rapport de maintenance imprimé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) in service, </source>
        <translation>
            <numerusform>%n caméra en service, </numerusform>
            <numerusform>%n caméras en service, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down at the time of printing.</source>
        <translation>
            <numerusform>%n hors service au moment de l&apos;impression.</numerusform>
            <numerusform>%n hors service au moment de l&apos;impression.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraSelections</name>
    <message>
        <source>Select a camera first.</source>
        <translation>Sélectionnez d&apos;abord une caméra.</translation>
    </message>
    <message>
        <source>The group name is missing.</source>
        <translation>Le nom du groupe manque.</translation>
    </message>
    <message>
        <source>You already have a group named &quot;%1&quot;.</source>
        <translation>Vous avez déjà un groupe nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is no such group of cameras.</source>
        <translation>Ce groupe de caméras n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This group of cameras is %1&apos;s: only its owner may change it.</source>
        <translation>Ce groupe de caméras est celui de %1 : seul son propriétaire peut le modifier.</translation>
    </message>
    <message>
        <source>The event names no operator or no selection.</source>
        <translation>L&apos;événement ne nomme ni opérateur ni sélection.</translation>
    </message>
    <message>
        <source>Cannot save the selection of cameras</source>
        <translation>Impossible d&apos;enregistrer la sélection de caméras</translation>
    </message>
    <message>
        <source>%1 may not change the cameras selected by %2.</source>
        <translation>%1 ne peut pas modifier les caméras choisies par %2.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifClient</name>
    <message>
        <source>&quot;%1&quot; is not an ONVIF device address (http://host/onvif/device_service).</source>
        <translation>« %1 » n&apos;est pas l&apos;adresse d&apos;un appareil ONVIF (http://hôte/onvif/device_service).</translation>
    </message>
    <message>
        <source>The answer of the device %1 is not readable: %2</source>
        <translation>La réponse de l&apos;appareil %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The device %1 does not support this operation: %2</source>
        <translation>L&apos;appareil %1 ne prend pas en charge cette opération : %2</translation>
    </message>
    <message>
        <source>its clock is not a valid date.</source>
        <translation>son horloge n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>it offers no media service (Profile S).</source>
        <translation>il n&apos;offre pas de service média (Profile S).</translation>
    </message>
    <message>
        <source>it has no video profile.</source>
        <translation>il n&apos;a aucun profil vidéo.</translation>
    </message>
    <message>
        <source>no RTSP address for profile %1.</source>
        <translation>pas d&apos;adresse RTSP pour le profil %1.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifDiscovery</name>
    <message>
        <source>Discovery cannot open its network socket: %1</source>
        <translation>La découverte ne peut pas ouvrir sa socket réseau : %1</translation>
    </message>
    <message>
        <source>Discovery could not send its probe: %1</source>
        <translation>La découverte n&apos;a pas pu envoyer sa sonde : %1</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifPtz</name>
    <message>
        <source>The device %1 does not support this operation: %2</source>
        <translation>L&apos;appareil %1 ne prend pas en charge cette opération : %2</translation>
    </message>
    <message>
        <source>it has no PTZ service.</source>
        <translation>il n&apos;a pas de service PTZ.</translation>
    </message>
    <message>
        <source>The PTZ camera is not connected yet.</source>
        <translation>La caméra PTZ n&apos;est pas encore connectée.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifTransport</name>
    <message>
        <source>The device %1 did not answer within %2 s.</source>
        <translation>L&apos;appareil %1 n&apos;a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>The answer of the device %1 is not readable: %2</source>
        <translation>La réponse de l&apos;appareil %1 est illisible : %2</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation>elle dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The device %1 refused the user name or password.</source>
        <translation>L&apos;appareil %1 a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The device %1 cannot be reached: %2</source>
        <translation>L&apos;appareil %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The device %1 does not support this operation: %2</source>
        <translation>L&apos;appareil %1 ne prend pas en charge cette opération : %2</translation>
    </message>
    <message>
        <source>The device %1 answered with an error: %2</source>
        <translation>L&apos;appareil %1 a répondu par une erreur : %2</translation>
    </message>
    <message>
        <source>The device %1 has no ONVIF service at this address (HTTP %2).</source>
        <translation>L&apos;appareil %1 n&apos;a pas de service ONVIF à cette adresse (HTTP %2).</translation>
    </message>
    <message>
        <source>The device %1 answered HTTP %2.</source>
        <translation>L&apos;appareil %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>no SOAP body.</source>
        <translation>pas de corps SOAP.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifXml</name>
    <message>
        <source>The answer is too large (%1 bytes, at most %2).</source>
        <translation>La réponse est trop volumineuse (%1 octets, %2 au plus).</translation>
    </message>
    <message>
        <source>The answer declares a DTD, which is refused.</source>
        <translation>La réponse déclare une DTD, ce qui est refusé.</translation>
    </message>
    <message>
        <source>The answer refers to an unknown entity.</source>
        <translation>La réponse fait référence à une entité inconnue.</translation>
    </message>
    <message>
        <source>The answer has more than one document.</source>
        <translation>La réponse contient plus d&apos;un document.</translation>
    </message>
    <message>
        <source>The answer nests too deep (over %1 levels).</source>
        <translation>La réponse est imbriquée trop profondément (plus de %1 niveaux).</translation>
    </message>
    <message>
        <source>The answer has too many elements (over %1).</source>
        <translation>La réponse contient trop d&apos;éléments (plus de %1).</translation>
    </message>
    <message>
        <source>The answer is not well-formed XML (line %1: %2).</source>
        <translation>La réponse n&apos;est pas du XML bien formé (ligne %1 : %2).</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::PtzSteering</name>
    <message>
        <source>Camera %1 is being steered by %2 (desk %3) until %4. A chef de salle can take it over.</source>
        <translation>La caméra %1 est pilotée par %2 (pupitre %3) jusqu&apos;à %4. Un chef de salle peut en reprendre la main.</translation>
    </message>
    <message>
        <source>Cannot record who steers camera %1: %2</source>
        <translation>Impossible d&apos;enregistrer qui pilote la caméra %1 : %2</translation>
    </message>
    <message>
        <source>Give the preset a name: the room&apos;s procedures name it.</source>
        <translation>Donnez un nom au préréglage : les consignes de la salle le désignent par son nom.</translation>
    </message>
    <message>
        <source>This lease on camera %1 would run %2 s after its own date: no desk grants more than %3 s.</source>
        <translation>Cette prise en main de la caméra %1 durerait %2 s après sa propre date : aucun pupitre n'accorde plus de %3 s.</translation>
    </message>
    <message>
        <source>This lease on camera %1 is dated before its desk&apos;s previous one (%2): a desk&apos;s clock never goes back, the date was made up.</source>
        <translation>Cette prise en main de la caméra %1 est datée d'avant la précédente de son pupitre (%2) : l'horloge d'un pupitre ne recule jamais, la date a été forgée.</translation>
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
    <name>vigie::cameras::StreamUrl</name>
    <message>
        <source>The stream address of camera %1 is not valid.</source>
        <translation>L&apos;adresse du flux de la caméra %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The stream address of camera %1 is refused: only rtsp, rtsps, http and https addresses of a camera are accepted (&quot;%2&quot;).</source>
        <translation>L&apos;adresse du flux de la caméra %1 est refusée : seules les adresses rtsp, rtsps, http et https d&apos;une caméra sont acceptées (« %2 »).</translation>
    </message>
    <message>
        <source>The stream address of camera %1 names no camera host.</source>
        <translation>L&apos;adresse du flux de la caméra %1 ne désigne aucun hôte de caméra.</translation>
    </message>
</context>
<context>
    <name>vigie::csv::CsvText</name>
    <message>
        <source>The file is broken: the quotes opened on line %1 never close (a truncated file?). Nothing was changed.</source>
        <translation>Le fichier est abîmé : les guillemets ouverts à la ligne %1 ne sont jamais fermés (fichier tronqué ?). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::AnalyticsCtl</name>
    <message>
        <source>Unknown detector &quot;%1&quot;: line, intrusion, occupancy, stationary, wrongway or loitering.</source>
        <translation>Détecteur inconnu « %1 » : line, intrusion, occupancy, stationary, wrongway ou loitering.</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds.</source>
        <translation>--interval attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>--min-objects takes a number.</source>
        <translation>--min-objects attend un nombre.</translation>
    </message>
    <message>
        <source>intrusion</source>
        <translation>intrusion</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>franchissement</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>saturation</translation>
    </message>
    <message>
        <source>end of saturation</source>
        <translation>fin de saturation</translation>
    </message>
    <message>
        <source>parked vehicle first seen</source>
        <translation>véhicule stationné vu pour la première fois</translation>
    </message>
    <message>
        <source>parked vehicle still there</source>
        <translation>véhicule stationné toujours présent</translation>
    </message>
    <message>
        <source>abandoned vehicle</source>
        <translation>voiture ventouse</translation>
    </message>
    <message>
        <source>wrong way</source>
        <translation>contresens</translation>
    </message>
    <message>
        <source>loitering</source>
        <translation>présence prolongée</translation>
    </message>
    <message>
        <source>gathering</source>
        <translation>attroupement</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>de gauche à droite</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>de droite à gauche</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>de haut en bas</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>de bas en haut</translation>
    </message>
    <message>
        <source>run a detector on a video file: its events, counts per direction</source>
        <translation>lancer un détecteur sur un fichier vidéo : ses événements, les comptages par sens</translation>
    </message>
    <message>
        <source>add or change a camera&apos;s detector (chefs de salle)</source>
        <translation>ajouter ou modifier un détecteur d&apos;une caméra (chefs de salle)</translation>
    </message>
    <message>
        <source>remove a camera&apos;s detector (chefs de salle)</source>
        <translation>supprimer un détecteur d&apos;une caméra (chefs de salle)</translation>
    </message>
    <message>
        <source>list the detectors of every camera, or of one</source>
        <translation>lister les détecteurs de toutes les caméras, ou d&apos;une seule</translation>
    </message>
    <message>
        <source>list the alarms raised, newest first (--open: not acknowledged)</source>
        <translation>lister les alarmes levées, les plus récentes d&apos;abord (--open : non acquittées)</translation>
    </message>
    <message>
        <source>acknowledge an alarm (journaled)</source>
        <translation>acquitter une alarme (journalisé)</translation>
    </message>
    <message>
        <source>Video analytics (zones and lines in picture coordinates, 0..1 from the top left):</source>
        <translation>Analyse vidéo (zones et lignes en coordonnées d&apos;image, de 0 à 1 depuis le coin supérieur gauche) :</translation>
    </message>
    <message>
        <source>analyze takes one FILE and --detector KIND (see vigiectl --help).</source>
        <translation>analyze attend un FICHIER et --detector TYPE (voir vigiectl --help).</translation>
    </message>
    <message>
        <source>--fps takes a number of pictures per second (0: every picture).</source>
        <translation>--fps attend un nombre d&apos;images par seconde (0 : toutes les images).</translation>
    </message>
    <message>
        <source>frame %1	%2 s	%3%4</source>
        <translation>image %1	%2 s	%3%4</translation>
    </message>
    <message>
        <source>No picture could be decoded from %1.</source>
        <translation>Aucune image n&apos;a pu être décodée de %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 pictures analysed, %2 events.</source>
        <translation>%1 images analysées, %2 événements.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>analytics set takes CAMERA NAME --detector KIND, analytics remove CAMERA NAME (see vigiectl --help).</source>
        <translation>analytics set attend CAMÉRA NOM --detector TYPE, analytics remove CAMÉRA NOM (voir vigiectl --help).</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 recorded.</source>
        <translation>Détecteur %1 de la caméra %2 enregistré.</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 removed.</source>
        <translation>Détecteur %1 de la caméra %2 supprimé.</translation>
    </message>
    <message>
        <source>analytics ack takes one ALARM id.</source>
        <translation>analytics ack attend un identifiant d&apos;ALARME.</translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation>Alarme %1 acquittée.</translation>
    </message>
    <message>
        <source>Unknown analytics command &quot;%1&quot;.</source>
        <translation>Commande analytics inconnue « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-25 or 2026-11-25T22:00.</source>
        <translation>« %1 » n&apos;est pas une date ou une heure : écrivez 2026-11-25 ou 2026-11-25T22:00.</translation>
    </message>
    <message>
        <source>counts per direction and occupancy, per hour or day (those who may watch live)</source>
        <translation>comptages par sens et occupation, par heure ou par jour (ceux qui peuvent visionner en direct)</translation>
    </message>
    <message>
        <source>analytics report takes --camera N --from DATE --to DATE, and may take --detector NAME, --by hour|day, --format text|csv, --output FILE.</source>
        <translation>analytics report prend --camera N --from DATE --to DATE, et peut prendre --detector NOM, --by hour|day, --format text|csv, --output FICHIER.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::BailleurCtl</name>
    <message>
        <source>&quot;%1&quot; is not a camera number.</source>
        <translation>« %1 » n&apos;est pas un numéro de caméra.</translation>
    </message>
    <message>
        <source>--%1: give a day as 2026-11-25.</source>
        <translation>--%1 : donnez un jour sous la forme 2026-11-25.</translation>
    </message>
    <message>
        <source>No call, request or session of the register has the id &quot;%1&quot; (give it whole, or its first or last 8 characters at least).</source>
        <translation>Aucun appel, aucune demande ni aucune session du registre n&apos;a l&apos;identifiant « %1 » (donnez-le en entier, ou au moins ses 8 premiers ou 8 derniers caractères).</translation>
    </message>
    <message>
        <source>Unknown bailleur command &quot;%1&quot;.</source>
        <translation>Commande bailleur inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>bailleur convention add takes the convention&apos;s reference.</source>
        <translation>bailleur convention add prend la référence de la convention.</translation>
    </message>
    <message>
        <source>--building &quot;%1&quot;: write NAME=CAMERA,CAMERA[@ADDRESS].</source>
        <translation>--building « %1 » : écrivez NOM=CAMÉRA,CAMÉRA[@ADRESSE].</translation>
    </message>
    <message>
        <source>--contact &quot;%1&quot;: write NAME;SERVICE;NUMBER.</source>
        <translation>--contact « %1 » : écrivez NOM;SERVICE;NUMÉRO.</translation>
    </message>
    <message numerus="yes">
        <source>Convention %1 of %2 recorded: %n camera(s), valid until %3.</source>
        <translation>
            <numerusform>Convention %1 de %2 enregistrée : %n caméra, valable jusqu&apos;au %3.</numerusform>
            <numerusform>Convention %1 de %2 enregistrée : %n caméras, valable jusqu&apos;au %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s): its renewal needs the préfet&apos;s approval</source>
        <translation>
            <numerusform>expire dans %n jour : son renouvellement demande l&apos;approbation du préfet</numerusform>
            <numerusform>expire dans %n jours : son renouvellement demande l&apos;approbation du préfet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>cameras %1</source>
        <translation>caméras %1</translation>
    </message>
    <message>
        <source>Give --direction in or --direction out.</source>
        <translation>Donnez --direction in ou --direction out.</translation>
    </message>
    <message>
        <source>Give --outcome answered, unanswered or refused.</source>
        <translation>Donnez --outcome answered, unanswered ou refused.</translation>
    </message>
    <message>
        <source>Give --channel phone, radio or landlord_alert.</source>
        <translation>Donnez --channel phone, radio ou landlord_alert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write 2026-11-25T22:00.</source>
        <translation>« %1 » n&apos;est pas une heure : écrivez 2026-11-25T22:00.</translation>
    </message>
    <message>
        <source>Call %1 recorded (%2, %3).</source>
        <translation>Appel %1 enregistré (%2, %3).</translation>
    </message>
    <message>
        <source>bailleur calls import takes the exchange&apos;s Master.csv file.</source>
        <translation>bailleur calls import prend le fichier Master.csv du standard.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) added from the exchange</source>
        <translation>
            <numerusform>%n appel ajouté depuis le standard</numerusform>
            <numerusform>%n appels ajoutés depuis le standard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the register</source>
        <translation>
            <numerusform>%n déjà au registre</numerusform>
            <numerusform>%n déjà au registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no landlord</source>
        <translation>
            <numerusform>%n sans bailleur</numerusform>
            <numerusform>%n sans bailleur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>bailleur request takes --convention ID --situation CODE --cameras N,M.</source>
        <translation>bailleur request prend --convention ID --situation CODE --cameras N,M.</translation>
    </message>
    <message>
        <source>Refused, and recorded in the register: %1</source>
        <translation>Refusée, et inscrite au registre : %1</translation>
    </message>
    <message>
        <source>Request %1 recorded: open its session with &quot;vigiectl bailleur session open %1&quot;.</source>
        <translation>Demande %1 enregistrée : ouvrez sa session avec « vigiectl bailleur session open %1 ».</translation>
    </message>
    <message>
        <source>bailleur refuse takes the request&apos;s id and --reason TEXT.</source>
        <translation>bailleur refuse prend l&apos;identifiant de la demande et --reason TEXTE.</translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation>Demande %1 refusée.</translation>
    </message>
    <message>
        <source>bailleur session open REQUEST | close SESSION | extend SESSION --minutes N --reason TEXT | list.</source>
        <translation>bailleur session open DEMANDE | close SESSION | extend SESSION --minutes N --reason TEXTE | list.</translation>
    </message>
    <message>
        <source>Session %1 open until %2 for camera(s) %3.</source>
        <translation>Session %1 ouverte jusqu&apos;à %2 pour la ou les caméras %3.</translation>
    </message>
    <message>
        <source>Session %1 extended until %2.</source>
        <translation>Session %1 prolongée jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>Session %1 closed: its cameras are no longer viewable.</source>
        <translation>Session %1 fermée : ses caméras ne sont plus visionnables.</translation>
    </message>
    <message>
        <source>No viewing session is open.</source>
        <translation>Aucune session de visionnage n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>opened by %1 at %2</source>
        <translation>ouverte par %1 le %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Give --format pdf or --format csv.</source>
        <translation>Donnez --format pdf ou --format csv.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.</source>
        <translation>Donnez le fichier à écrire avec --output FICHIER.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Centre de supervision urbain</translation>
    </message>
    <message numerus="yes">
        <source>Bailleur register written to %1 (%n entry(ies), SHA-256 %2).</source>
        <translation>
            <numerusform>Registre des bailleurs écrit dans %1 (%n entrée, SHA-256 %2).</numerusform>
            <numerusform>Registre des bailleurs écrit dans %1 (%n entrées, SHA-256 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Register from %1 to %2 reviewed and signed by %3.</source>
        <translation>Registre du %1 au %2 contrôlé et visé par %3.</translation>
    </message>
    <message>
        <source>* bailleur convention add REF --landlord NAME --insee CODE</source>
        <translation>* bailleur convention add RÉF --landlord NOM --insee CODE</translation>
    </message>
    <message>
        <source>        --approved DATE --expires DATE --max-minutes N</source>
        <translation>        --approved DATE --expires DATE --max-minutes N</translation>
    </message>
    <message>
        <source>        --situation CODE... --building NAME=N,M[@ADDRESS]...</source>
        <translation>        --situation CODE... --building NOM=N,M[@ADRESSE]...</translation>
    </message>
    <message>
        <source>        [--contact NAME;SERVICE;NUMBER]...</source>
        <translation>        [--contact NOM;SERVICE;NUMÉRO]...</translation>
    </message>
    <message>
        <source>record or renew a landlord&apos;s convention (administrators)</source>
        <translation>enregistrer ou renouveler la convention d&apos;un bailleur (administrateurs)</translation>
    </message>
    <message>
        <source>  bailleur convention list      the conventions, their expiry</source>
        <translation>  bailleur convention list      les conventions et leur échéance</translation>
    </message>
    <message>
        <source>* bailleur call add --direction in|out --outcome answered|unanswered|refused</source>
        <translation>* bailleur call add --direction in|out --outcome answered|unanswered|refused</translation>
    </message>
    <message>
        <source>        --number N [--name --service --matricule --channel --at --note]</source>
        <translation>        --number N [--name --service --matricule --channel --at --note]</translation>
    </message>
    <message>
        <source>log a call with a landlord, answered or not</source>
        <translation>consigner un appel avec un bailleur, abouti ou non</translation>
    </message>
    <message>
        <source>* bailleur calls import FILE   add the exchange&apos;s calls (Asterisk Master.csv)</source>
        <translation>* bailleur calls import FICHIER ajouter les appels du standard (Asterisk Master.csv)</translation>
    </message>
    <message>
        <source>not logged by hand (exit code 3 if lines are refused)</source>
        <translation>non saisis à la main (code de sortie 3 si des lignes sont refusées)</translation>
    </message>
    <message>
        <source>* bailleur request --convention REF --situation CODE --cameras N,M</source>
        <translation>* bailleur request --convention RÉF --situation CODE --cameras N,M</translation>
    </message>
    <message>
        <source>        [--incident ID] [--intervention TEXT] [--building NAME] [--minutes N]</source>
        <translation>        [--incident ID] [--intervention TEXTE] [--building NOM] [--minutes N]</translation>
    </message>
    <message>
        <source>record a landlord&apos;s request (refusals are recorded too)</source>
        <translation>enregistrer la demande d&apos;un bailleur (les refus sont enregistrés aussi)</translation>
    </message>
    <message>
        <source>* bailleur refuse REQUEST --reason TEXT</source>
        <translation>* bailleur refuse DEMANDE --reason TEXTE</translation>
    </message>
    <message>
        <source>* bailleur session open REQUEST | close SESSION [--reason TEXT]</source>
        <translation>* bailleur session open DEMANDE | close SESSION [--reason TEXTE]</translation>
    </message>
    <message>
        <source>* bailleur session extend SESSION --minutes N --reason TEXT</source>
        <translation>* bailleur session extend SESSION --minutes N --reason TEXTE</translation>
    </message>
    <message>
        <source>* bailleur session list</source>
        <translation>* bailleur session list</translation>
    </message>
    <message>
        <source>viewing sessions: only they let a landlord&apos;s cameras play</source>
        <translation>sessions de visionnage : seules elles ouvrent les caméras d&apos;un bailleur</translation>
    </message>
    <message>
        <source>* bailleur register --from DATE --to DATE --format pdf|csv --output FILE</source>
        <translation>* bailleur register --from DATE --to DATE --format pdf|csv --output FICHIER</translation>
    </message>
    <message>
        <source>[--convention REF]: the register of the period</source>
        <translation>[--convention RÉF] : le registre de la période</translation>
    </message>
    <message>
        <source>* bailleur visa --from DATE --to DATE [--remark TEXT]</source>
        <translation>* bailleur visa --from DATE --to DATE [--remark TEXTE]</translation>
    </message>
    <message>
        <source>the supervisor&apos;s review and visa of the period</source>
        <translation>le contrôle et le visa du superviseur pour la période</translation>
    </message>
    <message>
        <source>camera snapshot takes the camera&apos;s number and --output FILE.</source>
        <translation>camera snapshot prend le numéro de la caméra et --output FICHIER.</translation>
    </message>
    <message>
        <source>There is no camera %1 in service.</source>
        <translation>Il n&apos;y a pas de caméra %1 en service.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Camera %1: picture of %2 written to %3 (SHA-256 %4).</source>
        <translation>Caméra %1 : image de %2 écrite dans %3 (SHA-256 %4).</translation>
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
        <source>Unknown journal command &quot;%1&quot;.</source>
        <translation>Commande journal inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>JOURNAL ALTERED:</source>
        <translation>JOURNAL ALTÉRÉ :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-25 or 2026-11-25T22:00.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une date ni une heure : saisissez 2026-11-25 ou 2026-11-25T22:00.</translation>
    </message>
    <message>
        <source>This command acts as a user: give --user LOGIN (password from VIGIE_PASSWORD or standard input).</source>
        <translation>Cette commande agit au nom d&apos;un utilisateur : indiquez --user IDENTIFIANT (mot de passe lu dans VIGIE_PASSWORD ou sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Habilitation of %1 recorded, valid until %2.</source>
        <translation>Habilitation de %1 enregistrée, valable jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Unknown incident command &quot;%1&quot;.</source>
        <translation>Commande incident inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown partner &quot;%1&quot; (%2).</source>
        <translation>Partenaire «&#xa0;%1&#xa0;» inconnu (%2).</translation>
    </message>
    <message>
        <source>Incident %1 recorded.</source>
        <translation>Incident %1 enregistré.</translation>
    </message>
    <message>
        <source>The status is open or closed.</source>
        <translation>Le statut doit être open (ouvert) ou closed (clos).</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Unknown shift command &quot;%1&quot;.</source>
        <translation>Commande shift inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give --format pdf or --format csv.</source>
        <translation>Indiquez --format pdf ou --format csv.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.</source>
        <translation>Indiquez le fichier à écrire avec --output FICHIER.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Centre de supervision urbain</translation>
    </message>
    <message numerus="yes">
        <source>Shift log written to %1 (%n event(s), SHA-256 %2).</source>
        <translation>
            <numerusform>Main courante enregistrée dans %1 (%n événement, SHA-256 %2).</numerusform>
            <numerusform>Main courante enregistrée dans %1 (%n événements, SHA-256 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No central link: give --central postgresql://user@host:port/database or set central/uri in the settings.</source>
        <translation>Aucun lien central : indiquez --central postgresql://utilisateur@hôte:port/base ou renseignez central/uri dans les réglages.</translation>
    </message>
    <message>
        <source>Unknown central command &quot;%1&quot;.</source>
        <translation>Commande central inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>central pull takes --full: everything central holds, from the start.</source>
        <translation>central pull s&apos;emploie avec --full : tout ce que détient la base centrale, depuis le début.</translation>
    </message>
    <message>
        <source>Password of %1 stored in the keyring.</source>
        <translation>Mot de passe de %1 enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Central database %1 at schema %2.</source>
        <translation>Base centrale %1 au schéma %2.</translation>
    </message>
    <message>
        <source>CENTRAL JOURNAL NOT INTACT:</source>
        <translation>JOURNAL CENTRAL NON INTÈGRE :</translation>
    </message>
    <message>
        <source>sync takes no argument.</source>
        <translation>sync ne prend pas d&apos;argument.</translation>
    </message>
    <message>
        <source>--interval is a number of seconds (0.1 to 3600), --count a number of syncs (0: until stopped).</source>
        <translation>--interval est un nombre de secondes (0,1 à 3600), --count un nombre de synchronisations (0 : jusqu&apos;à l&apos;arrêt).</translation>
    </message>
    <message>
        <source>Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND

Commands marked * act as --user LOGIN: that user&apos;s password comes from
VIGIE_PASSWORD or the first line of stdin; a new password comes next
(the first line of stdin when VIGIE_PASSWORD gave the user&apos;s, else the
second). Passwords are never read from the command line.

Commands:
  version                      print the version
  init --admin LOGIN --name NAME [--matricule ID]
                               create the first administrator of an empty
                               register (refused once any user exists)
* user add LOGIN --name NAME [--matricule ID] [--role ROLE]...
                               create a user (roles: operator, police_agent,
                               asvp, supervisor, admin): administrators
* user passwd LOGIN            set a user&apos;s password: administrators, or
                               the user themselves
* user unlock LOGIN            unlock an account locked by failed logins
  user list                    list the users and their roles
* user habilitate LOGIN --designated-by WHO --territory INSEE[,INSEE]
        --training DATE --expires DATE [--ref REF]
                               record who designated the agent to view
                               images, where, and the training date
* incident add --user LOGIN --category CODE [--subcategory CODE]
        --description TEXT [--camera N] [--place TEXT] [--at TIME]
        [--partner CODE]... [--outcome TEXT --closed]
                               record an incident as that user
* incident list --user LOGIN [--text WORDS] [--category CODE] [--camera N]
        [--from TIME] [--to TIME] [--status open|closed] [--format json]
                               search the main courante
* shift export --user LOGIN (--shift ID | --from TIME --to TIME)
        [--camera N] [--category CODE] [--operator LOGIN]
        --format pdf|csv --output FILE
                               export a shift log (supervisors)
  camera list                  list the cameras of the directory
  journal verify               check every chain of the journal; exit code 3
                               names the first entry altered, removed,
                               inserted or reordered
* journal purge                remove what is past its retention (settings
                               retention/&lt;kind&gt;_days); the chain stays whole
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               seed the demo users and cameras (refused in
                               a register that holds other data)
</source>
        <translation>Utilisation : vigiectl [--data-dir DOSSIER] [--lang fr|en] COMMANDE

Les commandes marquées * agissent au nom de --user IDENTIFIANT : le mot de passe
de cet utilisateur est lu dans VIGIE_PASSWORD ou sur la 1re ligne de l&apos;entrée
standard ; un nouveau mot de passe vient ensuite (1re ligne de l&apos;entrée standard
si VIGIE_PASSWORD a donné celui de l&apos;utilisateur, sinon la 2e). Les mots de
passe ne sont jamais lus sur la ligne de commande.

Commandes :
  version                      affiche la version
  init --admin IDENTIFIANT --name NOM [--matricule MATRICULE]
                               crée le premier administrateur d&apos;un registre
                               vide (refusé dès qu&apos;un utilisateur existe)
* user add IDENTIFIANT --name NOM [--matricule MATRICULE] [--role RÔLE]...
                               crée un compte (rôles : operator, police_agent,
                               asvp, supervisor, admin) : administrateurs
* user passwd IDENTIFIANT      définit le mot de passe : administrateurs, ou
                               l&apos;utilisateur lui-même
* user unlock IDENTIFIANT      déverrouille un compte (échecs de connexion)
  user list                    liste les utilisateurs et leurs rôles
* user habilitate IDENTIFIANT --designated-by QUI --territory INSEE[,INSEE]
        --training DATE --expires DATE [--ref RÉF]
                               enregistre qui a désigné l&apos;agent pour visionner
                               les images, où, et la date de sa formation
* incident add --user IDENTIFIANT --category CODE [--subcategory CODE]
        --description TEXTE [--camera N] [--place TEXTE] [--at HEURE]
        [--partner CODE]... [--outcome TEXTE --closed]
                               saisit un incident au nom de cet utilisateur
* incident list --user IDENTIFIANT [--text MOTS] [--category CODE] [--camera N]
        [--from HEURE] [--to HEURE] [--status open|closed] [--format json]
                               recherche dans la main courante
* shift export --user IDENTIFIANT (--shift ID | --from HEURE --to HEURE)
        [--camera N] [--category CODE] [--operator IDENTIFIANT]
        --format pdf|csv --output FICHIER
                               exporte une main courante (chefs de salle)
  camera list                  liste les caméras de l&apos;annuaire
  journal verify               vérifie chaque chaîne du journal ; code de
                               sortie 3 et première entrée modifiée,
                               supprimée, insérée ou déplacée nommée
* journal purge                supprime ce dont la conservation est échue
                               (réglage retention/&lt;type&gt;_days) ; chaîne intacte
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               crée les comptes et caméras de démonstration
                               (refusé dans un registre qui contient d&apos;autres
                               données)
</translation>
    </message>
    <message>
        <source>  shift list --user LOGIN [--from TIME] [--to TIME] [--format json]</source>
        <translation>  shift list --user IDENTIFIANT [--from HEURE] [--to HEURE] [--format json]</translation>
    </message>
    <message>
        <source>list the shifts (by default the last 7 days):</source>
        <translation>liste les vacations (par défaut les 7 derniers jours) :</translation>
    </message>
    <message>
        <source>id, shift, start, end, chef de salle, state</source>
        <translation>id, vacation, début, fin, chef de salle, état</translation>
    </message>
    <message>
        <source>* central init | upgrade       create or upgrade the central database&apos;s
                               schema
  central verify               check every workstation&apos;s chain on central;
                               exit code 3 on a break or a refused chain
  central pull --full          start this workstation from central (backup
                               site): reference data and every register
  central password             store the central password in the keyring
                               (from VIGIE_PASSWORD or stdin)
  sync [--watch [--interval S] [--count N]]
                               sync with central now, or keep syncing

The central link (global option --central URI) is
postgresql://user@host:port/database?sslmode=require, from --central or
the setting central/uri; its password comes from
PGPASSWORD, ~/.pgpass or the keyring, never from the settings.
</source>
        <translation>* central init | upgrade       crée ou met à jour le schéma de la base
                               centrale
  central verify               vérifie la chaîne de chaque poste dans la base
                               centrale ; code de sortie 3 si une chaîne est
                               rompue ou refusée
  central pull --full          initialise ce poste depuis la base centrale
                               (site de secours) : référentiels et registres
  central password             enregistre le mot de passe de la base centrale
                               dans le trousseau (VIGIE_PASSWORD ou stdin)
  sync [--watch [--interval S] [--count N]]
                               synchronise maintenant, ou en continu

Le lien central (option globale --central URI) est
postgresql://utilisateur@hôte:port/base?sslmode=require, donné par --central
ou le réglage central/uri ; son mot de passe vient de PGPASSWORD, de
~/.pgpass ou du trousseau, jamais des réglages.
</translation>
    </message>
    <message>
        <source>init takes --admin LOGIN --name NAME [--matricule ID].</source>
        <translation>init s&apos;emploie avec --admin IDENTIFIANT --name NOM [--matricule MATRICULE].</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrateur %1 créé.</translation>
    </message>
    <message>
        <source>No shift from %1 to %2.</source>
        <translation>Aucune vacation du %1 au %2.</translation>
    </message>
    <message>
        <source>* central enroll WORKSTATION   give a workstation its own role at central</source>
        <translation>* central enroll POSTE         donne à un poste son rôle dans la base centrale</translation>
    </message>
    <message>
        <source>(prints its central link and its password, once)</source>
        <translation>(affiche son lien et son mot de passe, une fois)</translation>
    </message>
    <message>
        <source>central enroll takes the id of the workstation to enrol.</source>
        <translation>central enroll prend l&apos;identifiant du poste à inscrire.</translation>
    </message>
    <message>
        <source>Workstation %1 enrolled at central as role %2.</source>
        <translation>Poste %1 inscrit dans la base centrale avec le rôle %2.</translation>
    </message>
    <message>
        <source>Its central link: %1</source>
        <translation>Son lien central : %1</translation>
    </message>
    <message>
        <source>Its password, shown this once (store it on that workstation with &quot;vigiectl central password&quot;):</source>
        <translation>Son mot de passe, affiché cette seule fois (enregistrez-le sur ce poste avec «&#xa0;vigiectl central password&#xa0;») :</translation>
    </message>
    <message>
        <source>* central revoke WORKSTATION   take that role away (a stolen desk)</source>
        <translation>* central revoke POSTE         retire ce rôle (poste volé ou retiré)</translation>
    </message>
    <message>
        <source>central revoke takes the id of the workstation to revoke.</source>
        <translation>central revoke prend l&apos;identifiant du poste à révoquer.</translation>
    </message>
    <message>
        <source>Workstation %1 revoked at central: its role %2 can no longer connect.</source>
        <translation>Poste %1 révoqué dans la base centrale : son rôle %2 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>keep a camera&apos;s user and password in the keyring</source>
        <translation>garder l&apos;utilisateur et le mot de passe d&apos;une caméra dans le trousseau</translation>
    </message>
    <message>
        <source>(the password from standard input, after LOGIN&apos;s)</source>
        <translation>(le mot de passe sur l&apos;entrée standard, après celui de LOGIN)</translation>
    </message>
    <message numerus="yes">
        <source>Credentials of %n camera(s) moved from their address to the keyring.</source>
        <translation>
            <numerusform>Identifiants de %n caméra déplacés de son adresse vers le trousseau.</numerusform>
            <numerusform>Identifiants de %n caméras déplacés de leur adresse vers le trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no camera number &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de caméra numéro « %1 ».</translation>
    </message>
    <message>
        <source>The credentials of camera %1 (%2 stream) are in the keyring.</source>
        <translation>Les identifiants de la caméra %1 (flux %2) sont dans le trousseau.</translation>
    </message>
    <message>
        <source>  journal verify --head WORKSTATION:SEQ:HASH</source>
        <translation>  journal verify --head POSTE:N°:EMPREINTE</translation>
    </message>
    <message>
        <source>also check that a head printed on a shift log is in the chain</source>
        <translation>vérifie aussi qu&apos;une tête imprimée sur une main courante est dans la chaîne</translation>
    </message>
    <message>
        <source>  journal key</source>
        <translation>  journal key</translation>
    </message>
    <message>
        <source>print this workstation&apos;s id and public key</source>
        <translation>affiche l&apos;identifiant et la clé publique de ce poste</translation>
    </message>
    <message>
        <source>* central enroll-key WORKSTATION PUBLIC_KEY</source>
        <translation>* central enroll-key POSTE CLÉ_PUBLIQUE</translation>
    </message>
    <message>
        <source>enrol a workstation&apos;s public key at central</source>
        <translation>enregistre la clé publique d&apos;un poste à la base centrale</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal head: write it as printed on the shift log, WORKSTATION:SEQ:HASH.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une tête de journal&#x202f;: recopiez-la telle qu&apos;imprimée sur la main courante, POSTE:N°:EMPREINTE.</translation>
    </message>
    <message>
        <source>The printed head %1 is not in this journal: chain %2 has no entry %3.</source>
        <translation>La tête imprimée %1 n&apos;est pas dans ce journal&#x202f;: la chaîne %2 n&apos;a pas d&apos;entrée %3.</translation>
    </message>
    <message>
        <source>The printed head %1 is in the chain.</source>
        <translation>La tête imprimée %1 est dans la chaîne.</translation>
    </message>
    <message>
        <source>The printed head %1 does not match: entry %2 of chain %3 now has the hash %4.</source>
        <translation>La tête imprimée %1 ne correspond pas&#x202f;: l&apos;entrée %2 de la chaîne %3 a désormais l&apos;empreinte %4.</translation>
    </message>
    <message>
        <source>central enroll-key takes the workstation and its public key, as &quot;vigiectl journal key&quot; prints them on that workstation.</source>
        <translation>central enroll-key attend le poste et sa clé publique, tels que «&#xa0;vigiectl journal key&#xa0;» les affiche sur ce poste.</translation>
    </message>
    <message>
        <source>Key of workstation %1 enrolled at central.</source>
        <translation>Clé du poste %1 enregistrée à la base centrale.</translation>
    </message>
    <message>
        <source>* camera add N --name NAME --main URL [--sub URL] [--place TEXT]</source>
        <translation>* camera add N --name NOM --main URL [--sub URL] [--place TEXTE]</translation>
    </message>
    <message>
        <source>        [--insee CODE] [--group NAME] [--retention DAYS]</source>
        <translation>        [--insee CODE] [--group NOM] [--retention JOURS]</translation>
    </message>
    <message>
        <source>* camera set N [the same options]</source>
        <translation>* camera set N [les mêmes options]</translation>
    </message>
    <message>
        <source>add or change a camera (administrators); addresses without credentials</source>
        <translation>ajouter ou modifier une caméra (administrateurs) ; adresses sans identifiants</translation>
    </message>
    <message>
        <source>* user roles LOGIN --role ROLE... | user disable | enable LOGIN</source>
        <translation>* user roles LOGIN --role RÔLE... | user disable | enable LOGIN</translation>
    </message>
    <message>
        <source>change a user&apos;s roles, disable or enable the account</source>
        <translation>changer les rôles d&apos;un utilisateur, désactiver ou réactiver le compte</translation>
    </message>
    <message>
        <source>* typology set CODE --label TEXT [--retire]</source>
        <translation>* typology set CODE --label TEXTE [--retire]</translation>
    </message>
    <message>
        <source>add, rename or retire an incident category</source>
        <translation>ajouter, renommer ou retirer une catégorie d&apos;incident</translation>
    </message>
    <message>
        <source>* journal refusals</source>
        <translation>* journal refusals</translation>
    </message>
    <message>
        <source>other workstations&apos; changes to accounts, cameras or typology refused</source>
        <translation>modifications des comptes, caméras ou typologie venues d&apos;autres postes</translation>
    </message>
    <message>
        <source>here (exit code 3 if any): administrators</source>
        <translation>et refusées ici (code de sortie 3 s&apos;il y en a) : administrateurs</translation>
    </message>
    <message>
        <source>user roles takes --role ROLE, once per role.</source>
        <translation>user roles prend --role ROLE, une fois par rôle.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Rôles de %1 modifiés.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>Give exactly one camera number.</source>
        <translation>Donnez exactement un numéro de caméra.</translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation>Il n&apos;y a pas de caméra numéro %1.</translation>
    </message>
    <message>
        <source>Camera %1 added.</source>
        <translation>Caméra %1 ajoutée.</translation>
    </message>
    <message>
        <source>Camera %1 changed.</source>
        <translation>Caméra %1 modifiée.</translation>
    </message>
    <message>
        <source>The retention is a number of days.</source>
        <translation>La durée de conservation est un nombre de jours.</translation>
    </message>
    <message>
        <source>Unknown typology command &quot;%1&quot;.</source>
        <translation>Commande typology inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>typology set takes one CODE and --label TEXT [--retire].</source>
        <translation>typology set prend un CODE et --label TEXTE [--retire].</translation>
    </message>
    <message>
        <source>Category %1 recorded.</source>
        <translation>Catégorie %1 enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference change(s) from other workstations refused here.</source>
        <translation>
            <numerusform>%n modification de référence venue d&apos;un autre poste refusée ici.</numerusform>
            <numerusform>%n modifications de référence venues d&apos;autres postes refusées ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>--public-key KEY: its key too, as &quot;journal key&quot; prints it there</source>
        <translation>--public-key CLÉ : sa clé aussi, telle que « journal key » l&apos;affiche sur ce poste</translation>
    </message>
    <message>
        <source>  camera discover [--timeout S] [--probe HOST:PORT]</source>
        <translation>  camera discover [--timeout S] [--probe HÔTE:PORT]</translation>
    </message>
    <message>
        <source>list the ONVIF devices that answer and are not in the directory</source>
        <translation>liste les appareils ONVIF qui répondent et ne sont pas dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>(WS-Discovery on the local network, or one address)</source>
        <translation>(WS-Discovery sur le réseau local, ou une seule adresse)</translation>
    </message>
    <message>
        <source>  camera onvif ADDRESS --onvif-user NAME [--timeout S]</source>
        <translation>  camera onvif ADRESSE --onvif-user NOM [--timeout S]</translation>
    </message>
    <message>
        <source>a device&apos;s information and the stream addresses it gives</source>
        <translation>les informations d&apos;un appareil et les adresses de flux qu&apos;il donne</translation>
    </message>
    <message>
        <source>(its password from standard input)</source>
        <translation>(son mot de passe sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>The timeout is a number of seconds up to 60.</source>
        <translation>Le délai est un nombre de secondes, 60 au plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to probe (HOST:PORT, HOST an IP address).</source>
        <translation>« %1 » n&apos;est pas une adresse à sonder (HÔTE:PORT, HÔTE étant une adresse IP).</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered, %1 not in the directory.</source>
        <translation>
            <numerusform>%n appareil a répondu, %1 absent de l&apos;annuaire.</numerusform>
            <numerusform>%n appareils ont répondu, %1 absents de l&apos;annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one device address.</source>
        <translation>Indiquez une seule adresse d&apos;appareil.</translation>
    </message>
    <message>
        <source>Give the device&apos;s user name (--onvif-user).</source>
        <translation>Indiquez le nom d&apos;utilisateur de l&apos;appareil (--onvif-user).</translation>
    </message>
    <message>
        <source>Manufacturer: %1</source>
        <translation>Fabricant : %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Firmware: %1</source>
        <translation>Micrologiciel : %1</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Numéro de série : %1</translation>
    </message>
    <message>
        <source>The device&apos;s clock is %1 s off ours: set it (NTP) so that its images are dated right.</source>
        <translation>L&apos;horloge de l&apos;appareil est décalée de %1 s par rapport à la nôtre : réglez-la (NTP) pour que ses images soient bien datées.</translation>
    </message>
    <message>
        <source>Profile %1: %2x%3 %4</source>
        <translation>Profil %1 : %2x%3 %4</translation>
    </message>
    <message>
        <source>Main stream: %1</source>
        <translation>Flux principal : %1</translation>
    </message>
    <message>
        <source>Sub-stream: %1</source>
        <translation>Flux secondaire : %1</translation>
    </message>
    <message>
        <source>To add it: vigiectl camera add NUMBER --name NAME --main %1%2</source>
        <translation>Pour l&apos;ajouter : vigiectl camera add NUMÉRO --name NOM --main %1%2</translation>
    </message>
    <message>
        <source>* camera retire N               take a camera out of service (never deleted)</source>
        <translation>* camera retire N               retirer une caméra du service (jamais supprimée)</translation>
    </message>
    <message>
        <source>* camera import FILE [--valid-only]</source>
        <translation>* camera import FICHIER [--valid-only]</translation>
    </message>
    <message>
        <source>add or update cameras from a CSV or JSON file: all or nothing,</source>
        <translation>ajouter ou mettre à jour des caméras depuis un CSV ou un JSON : tout ou rien,</translation>
    </message>
    <message>
        <source>or the valid lines only (exit code 3 if any left out)</source>
        <translation>ou les seules lignes valides (code de sortie 3 s&apos;il en manque)</translation>
    </message>
    <message>
        <source>  camera export [--format csv|json]</source>
        <translation>  camera export [--format csv|json]</translation>
    </message>
    <message>
        <source>the whole directory, retired cameras included</source>
        <translation>tout le répertoire, caméras retirées comprises</translation>
    </message>
    <message>
        <source>The format is csv or json, not &quot;%1&quot;.</source>
        <translation>Le format est csv ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Camera %1 retired: it keeps its history and is no longer offered to the walls.</source>
        <translation>Caméra %1 retirée du service : elle garde son historique et n&apos;est plus proposée aux murs.</translation>
    </message>
    <message>
        <source>camera import takes one FILE (CSV or JSON).</source>
        <translation>camera import prend un FICHIER (CSV ou JSON).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file holds no camera. Nothing was changed.</source>
        <translation>Le fichier ne contient aucune caméra. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused: nothing was imported. Correct them, or import the valid lines only with --valid-only.</source>
        <translation>
            <numerusform>%n ligne refusée : rien n&apos;a été importé. Corrigez-la, ou n&apos;importez que les lignes valides avec --valid-only.</numerusform>
            <numerusform>%n lignes refusées : rien n&apos;a été importé. Corrigez-les, ou n&apos;importez que les lignes valides avec --valid-only.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 camera(s) added, %2 updated.</source>
        <translation>%1 caméra(s) ajoutée(s), %2 mise(s) à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused and left out.</source>
        <translation>
            <numerusform>%n ligne refusée et laissée de côté.</numerusform>
            <numerusform>%n lignes refusées et laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>  camera health [--days N] [--format text|csv|pdf --output FILE]</source>
        <translation>  camera health [--days N] [--format text|csv|pdf --output FICHIER]</translation>
    </message>
    <message>
        <source>each camera&apos;s availability over N days (7), worst first,</source>
        <translation>la disponibilité de chaque caméra sur N jours (7), la pire d&apos;abord,</translation>
    </message>
    <message>
        <source>and the cameras down now (exit code 3 if any)</source>
        <translation>et les caméras hors service (code de sortie 3 s&apos;il y en a)</translation>
    </message>
    <message>
        <source>The period is 1 to 366 days, not &quot;%1&quot;.</source>
        <translation>La période va de 1 à 366 jours, pas « %1 ».</translation>
    </message>
    <message>
        <source>The format is text, csv or pdf, not &quot;%1&quot;.</source>
        <translation>Le format est text, csv ou pdf, pas « %1 ».</translation>
    </message>
    <message>
        <source>A %1 report needs --output FILE.</source>
        <translation>Un rapport %1 demande --output FICHIER.</translation>
    </message>
    <message>
        <source>Report written: %1 (SHA-256 %2)</source>
        <translation>Rapport écrit : %1 (SHA-256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) down now, </source>
        <translation>
            <numerusform>%n caméra hors service, </numerusform>
            <numerusform>%n caméras hors service, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>availability over %n day(s):</source>
        <translation>
            <numerusform>disponibilité sur %n jour :</numerusform>
            <numerusform>disponibilité sur %n jours :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage(s)</source>
        <translation>
            <numerusform>%n panne</numerusform>
            <numerusform>%n pannes</numerusform>
        </translation>
    </message>
    <message>
        <source>down since %1: %2</source>
        <translation>hors service depuis le %1 : %2</translation>
    </message>
    <message>
        <source>        [--zone TEXT] [--address TEXT] [--latitude DEG --longitude DEG]</source>
        <translation>        [--zone TEXTE] [--address TEXTE] [--latitude DEG --longitude DEG]</translation>
    </message>
    <message>
        <source>        [--bearing DEG] [--owner commune|bailleur|autre] [--convention REF]</source>
        <translation>        [--bearing DEG] [--owner commune|bailleur|autre] [--convention RÉF]</translation>
    </message>
    <message>
        <source>        [--verbalisation oui|non] [--ptz oui|non] [--transport tcp|udp]</source>
        <translation>        [--verbalisation oui|non] [--ptz oui|non] [--transport tcp|udp]</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <source>* camera snapshot N --output FILE</source>
        <translation>* camera snapshot N --output FICHIER</translation>
    </message>
    <message>
        <source>a live picture of a camera you may view, kept and journaled</source>
        <translation>une image en direct d&apos;une caméra que vous pouvez visionner, conservée et journalisée</translation>
    </message>
    <message>
        <source>* camera credentials NUMBER --camera-user NAME [--stream main|sub|onvif]</source>
        <translation>* camera credentials NUMÉRO --camera-user NOM [--stream main|sub|onvif]</translation>
    </message>
    <message>
        <source>        [--onvif http://HOST/onvif/device_service]</source>
        <translation>        [--onvif http://HÔTE/onvif/device_service]</translation>
    </message>
    <message>
        <source>  demo seed ... --directory FILE  also import the demo&apos;s camera directory, printing each refused line</source>
        <translation>  demo seed ... --directory FICHIER  importe aussi l&apos;annuaire de démonstration, en affichant chaque ligne refusée</translation>
    </message>
    <message>
        <source>The stream is main, sub or onvif, not &quot;%1&quot;.</source>
        <translation>Le flux est main, sub ou onvif, pas « %1 ».</translation>
    </message>
    <message>
        <source>Demo directory %1: %2 camera(s) imported, %3 already up to date, %4 line(s) of the demo&apos;s own cameras left to the seed; %5 line(s) refused:</source>
        <translation>Annuaire de démonstration %1 : %2 caméra(s) importée(s), %3 déjà à jour, %4 ligne(s) des caméras propres à la démonstration laissée(s) au seed ; %5 ligne(s) refusée(s) :</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::VerbalisationCtl</name>
    <message>
        <source>natinf import takes one FILE (CSV).</source>
        <translation>natinf import prend un FICHIER (CSV).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The file holds no offence. Nothing was changed.</source>
        <translation>Le fichier ne contient aucune infraction. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused: nothing was imported. Correct them, or import the valid lines only with --valid-only.</source>
        <translation>
            <numerusform>%n ligne refusée : rien n&apos;a été importé. Corrigez-la, ou n&apos;importez que les lignes valides avec --valid-only.</numerusform>
            <numerusform>%n lignes refusées : rien n&apos;a été importé. Corrigez-les, ou n&apos;importez que les lignes valides avec --valid-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offence(s) imported.</source>
        <translation>
            <numerusform>%n infraction importée.</numerusform>
            <numerusform>%n infractions importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused and left out.</source>
        <translation>
            <numerusform>%n ligne refusée et écartée.</numerusform>
            <numerusform>%n lignes refusées et écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The NATINF catalogue is empty: import it with vigiectl natinf import.</source>
        <translation>Le catalogue NATINF est vide : importez-le avec vigiectl natinf import.</translation>
    </message>
    <message>
        <source>ASVP</source>
        <translation>ASVP</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>valable à partir du %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>ticket draft takes --camera N, --natinf CODE and the plate (--plate TEXT [--country CC]).</source>
        <translation>ticket draft prend --camera N, --natinf CODE et la plaque (--plate TEXTE [--country CC]).</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 drafted: camera %2, %3, NATINF %4, %n frame(s).</source>
        <translation>
            <numerusform>Procès-verbal %1 établi : caméra %2, %3, NATINF %4, %n image.</numerusform>
            <numerusform>Procès-verbal %1 établi : caméra %2, %3, NATINF %4, %n images.</numerusform>
        </translation>
    </message>
    <message>
        <source>no plate yet</source>
        <translation>pas encore de plaque</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>The state is draft, validated, exported, sent or cancelled.</source>
        <translation>L&apos;état est draft, validated, exported, sent ou cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1 : %n procès-verbal</numerusform>
            <numerusform>%1 : %n procès-verbaux</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket export takes ID or --all-validated, --format json|pdf and --output PATH.</source>
        <translation>ticket export prend ID ou --all-validated, --format json|pdf et --output CHEMIN.</translation>
    </message>
    <message>
        <source>No validated ticket to export.</source>
        <translation>Aucun procès-verbal validé à exporter.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Il n&apos;y a pas de procès-verbal %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) exported.</source>
        <translation>
            <numerusform>%n procès-verbal exporté.</numerusform>
            <numerusform>%n procès-verbaux exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket %1 takes one ticket ID or number.</source>
        <translation>ticket %1 prend un identifiant ou un numéro de procès-verbal.</translation>
    </message>
    <message>
        <source>Ticket %1: %2.</source>
        <translation>Procès-verbal %1 : %2.</translation>
    </message>
    <message>
        <source>  plate check TEXT [--country CC]</source>
        <translation>  plate check TEXTE [--country CC]</translation>
    </message>
    <message>
        <source>the plate normalised and its format (SIV, FNI or the country),</source>
        <translation>la plaque normalisée et son format (SIV, FNI ou le pays),</translation>
    </message>
    <message>
        <source>or why it is not one (exit code 1)</source>
        <translation>ou pourquoi ce n&apos;en est pas une (code de sortie 1)</translation>
    </message>
    <message>
        <source>* natinf import FILE [--valid-only]</source>
        <translation>* natinf import FICHIER [--valid-only]</translation>
    </message>
    <message>
        <source>the NATINF catalogue from a CSV: all or nothing, or the valid</source>
        <translation>le catalogue NATINF depuis un CSV : tout ou rien, ou les seules</translation>
    </message>
    <message>
        <source>lines only (exit code 3 if any left out): administrators</source>
        <translation>lignes valides (code de sortie 3 s&apos;il en manque) : administrateurs</translation>
    </message>
    <message>
        <source>  natinf list [--format json]</source>
        <translation>  natinf list [--format json]</translation>
    </message>
    <message>
        <source>* ticket draft --camera N --natinf CODE --plate TEXT [--country CC]</source>
        <translation>* ticket draft --camera N --natinf CODE --plate TEXTE [--country CC]</translation>
    </message>
    <message>
        <source>        [--make TEXT] [--model TEXT] [--category VP|VU|...] [--colour TEXT]</source>
        <translation>        [--make TEXTE] [--model TEXTE] [--category VP|VU|...] [--colour TEXTE]</translation>
    </message>
    <message>
        <source>draft a video-verbalisation ticket from the camera&apos;s live stream</source>
        <translation>établir un procès-verbal de vidéo-verbalisation sur le flux en direct</translation>
    </message>
    <message>
        <source>* ticket list [--state S] [--agent LOGIN] [--camera N] [--natinf CODE]</source>
        <translation>* ticket list [--state S] [--agent LOGIN] [--camera N] [--natinf CODE]</translation>
    </message>
    <message>
        <source>        [--from TIME] [--to TIME] [--format json]</source>
        <translation>        [--from HEURE] [--to HEURE] [--format json]</translation>
    </message>
    <message>
        <source>* ticket validate ID --matricule ID --service CODE</source>
        <translation>* ticket validate ID --matricule ID --service CODE</translation>
    </message>
    <message>
        <source>* ticket cancel ID --reason TEXT</source>
        <translation>* ticket cancel ID --reason TEXTE</translation>
    </message>
    <message>
        <source>* ticket export ID|--all-validated --format json|pdf --output PATH</source>
        <translation>* ticket export ID|--all-validated --format json|pdf --output CHEMIN</translation>
    </message>
    <message>
        <source>* ticket sent ID --message-id ID</source>
        <translation>* ticket sent ID --message-id ID</translation>
    </message>
    <message>
        <source>plate check takes one TEXT (quoted if it holds spaces).</source>
        <translation>plate check prend un TEXTE (entre guillemets s&apos;il contient des espaces).</translation>
    </message>
    <message>
        <source>Unknown natinf command &quot;%1&quot;.</source>
        <translation>Commande natinf inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>Unknown ticket command &quot;%1&quot;.</source>
        <translation>Commande ticket inconnue : « %1 ».</translation>
    </message>
</context>
<context>
    <name>vigie::demo</name>
    <message>
        <source>This register holds real data (the account &quot;%1&quot;): the demo is seeded only in a register of its own (vigiectl --data-dir DIR demo seed).</source>
        <translation>Ce registre contient des données réelles (le compte «&#xa0;%1&#xa0;») : la démonstration ne s&apos;installe que dans un registre à part (vigiectl --data-dir DOSSIER demo seed).</translation>
    </message>
    <message>
        <source>This register holds real data (camera %1, %2): the demo is seeded only in a register of its own (vigiectl --data-dir DIR demo seed).</source>
        <translation>Ce registre contient des données réelles (caméra %1, %2) : la démonstration ne s&apos;installe que dans un registre à part (vigiectl --data-dir DOSSIER demo seed).</translation>
    </message>
    <message>
        <source>This demo register was made by an older Vigie, without the demo administrator: remove its folder and seed it again.</source>
        <translation>Ce registre de démonstration a été créé par une version antérieure de Vigie, sans l&apos;administrateur de démonstration : supprimez son dossier et relancez la démonstration.</translation>
    </message>
    <message>
        <source>Seed the demo first: its administrator imports the directory.</source>
        <translation>Préparez d&apos;abord la démonstration (demo seed) : c&apos;est son administrateur qui importe l&apos;annuaire.</translation>
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
    <message>
        <source>Cannot sign the journal entry.</source>
        <translation>Impossible de signer l&apos;entrée du journal.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them written before signing began, covered by the first signed entry of their chain.</source>
        <translation>
            <numerusform>Dont %n écrite avant la signature du journal, couverte par la première entrée signée de sa chaîne.</numerusform>
            <numerusform>Dont %n écrites avant la signature du journal, couvertes par la première entrée signée de leur chaîne.</numerusform>
        </translation>
    </message>
    <message>
        <source>no public key of this workstation is known here (it comes from central with the sync)</source>
        <translation>aucune clé publique de ce poste n&apos;est connue ici (elle vient de la base centrale avec la synchronisation)</translation>
    </message>
    <message>
        <source>the public key known for this workstation is not valid</source>
        <translation>la clé publique connue pour ce poste n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 carries no signature, after signed entries (its signature was removed).</source>
        <translation>Chaîne %1&#x202f;: l&apos;entrée %2 ne porte aucune signature, après des entrées signées (sa signature a été retirée).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not carry its workstation&apos;s signature (altered and its hashes recomputed, or forged).</source>
        <translation>Chaîne %1&#x202f;: l&apos;entrée %2 ne porte pas la signature de son poste (modifiée puis ses empreintes recalculées, ou fabriquée).</translation>
    </message>
    <message>
        <source>Chain %1: the signatures of its %2 entries cannot be checked: %3.</source>
        <translation>Chaîne %1&#x202f;: les signatures de ses %2 entrées ne peuvent pas être vérifiées&#x202f;: %3.</translation>
    </message>
    <message>
        <source>Chain %1: none of its %2 entries is signed: they cannot be checked (written before signing began, or every signature removed).</source>
        <translation>Chaîne %1&#x202f;: aucune de ses %2 entrées n&apos;est signée&#x202f;: elles ne peuvent pas être vérifiées (écrites avant la signature du journal, ou toutes leurs signatures retirées).</translation>
    </message>
</context>
<context>
    <name>vigie::journal::JournalReader</name>
    <message>
        <source>Cannot read the journal</source>
        <translation>Impossible de lire le journal</translation>
    </message>
</context>
<context>
    <name>vigie::journal::RetentionPolicy</name>
    <message>
        <source>The retention of &quot;%1&quot; cannot be below %2 days; %3 days are kept.</source>
        <translation>La durée de conservation de «&#xa0;%1&#xa0;» ne peut pas être inférieure à %2 jours ; la durée de %3 jours est maintenue.</translation>
    </message>
    <message>
        <source>retention of %1 days for %2</source>
        <translation>durée de conservation de %1 jours pour %2</translation>
    </message>
    <message numerus="yes">
        <source>Retention purge: %n event content(s) past their retention removed.</source>
        <translation>
            <numerusform>Purge de conservation : %n contenu d&apos;événement dont la durée de conservation est dépassée supprimé.</numerusform>
            <numerusform>Purge de conservation : %n contenus d&apos;événements dont la durée de conservation est dépassée supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention of &quot;%1&quot; cannot be above %2 days; %3 days are kept.</source>
        <translation>La durée de conservation de «&#xa0;%1&#xa0;» ne peut pas être supérieure à %2 jours ; la durée de %3 jours est maintenue.</translation>
    </message>
</context>
<context>
    <name>vigie::journal::WorkstationKey</name>
    <message>
        <source>Cannot read the signing key of workstation %1 (%2): %3. Nothing is written to the journal until it is readable again.</source>
        <translation>Impossible de lire la clé de signature du poste %1 (%2)&#x202f;: %3. Rien n&apos;est écrit au journal tant qu&apos;elle n&apos;est pas lisible.</translation>
    </message>
    <message>
        <source>The signing key of workstation %1 (%2) is damaged. Nothing is written to the journal: restore the key file from its backup, or have an administrator examine this workstation.</source>
        <translation>La clé de signature du poste %1 (%2) est endommagée. Rien n&apos;est écrit au journal&#x202f;: restaurez le fichier de clé depuis sa sauvegarde, ou faites examiner ce poste par un administrateur.</translation>
    </message>
    <message>
        <source>The signing key of workstation %1 is missing (%2). Its journal already holds signed entries: no new key is made over them. Nothing is written to the journal until the key file is restored, or an administrator examines this workstation.</source>
        <translation>La clé de signature du poste %1 est introuvable (%2). Son journal contient déjà des entrées signées&#x202f;: aucune nouvelle clé n&apos;est créée par-dessus. Rien n&apos;est écrit au journal tant que le fichier de clé n&apos;est pas restauré ou qu&apos;un administrateur n&apos;a pas examiné ce poste.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the signing keys (%1).</source>
        <translation>Impossible de créer le dossier des clés de signature (%1).</translation>
    </message>
    <message>
        <source>Cannot create the signing key of workstation %1.</source>
        <translation>Impossible de créer la clé de signature du poste %1.</translation>
    </message>
    <message>
        <source>Cannot save the signing key of workstation %1 (%2): %3.</source>
        <translation>Impossible d&apos;enregistrer la clé de signature du poste %1 (%2)&#x202f;: %3.</translation>
    </message>
</context>
<context>
    <name>vigie::ocr::PlateReader</name>
    <message>
        <source>Tesseract&apos;s data folder</source>
        <translation>le dossier des données de Tesseract</translation>
    </message>
    <message>
        <source>Plate reading is unavailable: Tesseract&apos;s French data (fra.traineddata) is missing from %1. Install the tesseract-ocr-fra package. The plate can still be typed.</source>
        <translation>Lecture de plaque indisponible : les données françaises de Tesseract (fra.traineddata) sont introuvables dans %1. Installez le paquet tesseract-ocr-fra. La plaque peut toujours être saisie.</translation>
    </message>
</context>
<context>
    <name>vigie::records</name>
    <message>
        <source>Police nationale</source>
        <translation>Police nationale</translation>
    </message>
    <message>
        <source>Firefighters</source>
        <translation>Sapeurs-pompiers</translation>
    </message>
    <message>
        <source>Field municipal police</source>
        <translation>Police municipale sur le terrain</translation>
    </message>
    <message>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>vigie::records::BailleurExport</name>
    <message>
        <source>open until %1</source>
        <translation>ouverte jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>fermée par %1</translation>
    </message>
    <message>
        <source>closed at its limit</source>
        <translation>fermée à sa limite</translation>
    </message>
    <message>
        <source>+%1 min by %2 at %3: %4</source>
        <translation>+%1 min par %2 le %3 : %4</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accepted: session %1</source>
        <translation>acceptée : session %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée : %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>from the exchange</source>
        <translation>depuis le standard</translation>
    </message>
    <message>
        <source>correction of %1: %2</source>
        <translation>rectification de %1 : %2</translation>
    </message>
    <message>
        <source>Register of access to the landlords&apos; cameras, %1 to %2</source>
        <translation>Registre des accès aux caméras des bailleurs, du %1 au %2</translation>
    </message>
    <message>
        <source>Images of the common areas of a landlord&apos;s buildings, transmitted to the municipal police only for the duration of an intervention, under a convention approved by the préfet (Code de la sécurité intérieure, L272-2). Every call is listed, answered or not.</source>
        <translation>Images des parties communes des immeubles d&apos;un bailleur, transmises à la police municipale pour la seule durée d&apos;une intervention, en vertu d&apos;une convention approuvée par le préfet (Code de la sécurité intérieure, L272-2). Chaque appel est inscrit, abouti ou non.</translation>
    </message>
    <message>
        <source>Exported by %1 on %2, workstation %3</source>
        <translation>Exporté par %1 le %2, poste %3</translation>
    </message>
    <message>
        <source>1. Totals per month and landlord</source>
        <translation>1. Totaux par mois et par bailleur</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Viewing time</source>
        <translation>Durée de visionnage</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>2. Calls</source>
        <translation>2. Appels</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>Aucun appel.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Caller or callee</source>
        <translation>Appelant ou appelé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>3. Requests</source>
        <translation>3. Demandes</translation>
    </message>
    <message>
        <source>No request.</source>
        <translation>Aucune demande.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Incident, intervention, building</source>
        <translation>Incident, intervention, bâtiment</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>4. Viewing sessions</source>
        <translation>4. Sessions de visionnage</translation>
    </message>
    <message>
        <source>No viewing session.</source>
        <translation>Aucune session de visionnage.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Prolongations</translation>
    </message>
    <message>
        <source>5. Refusals</source>
        <translation>5. Refus</translation>
    </message>
    <message>
        <source>No refusal.</source>
        <translation>Aucun refus.</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review and visa</source>
        <translation>Contrôle et visa du superviseur</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Pas encore contrôlé.</translation>
    </message>
    <message>
        <source>Name, date and signature:</source>
        <translation>Nom, date et signature :</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2 for %3 to %4</source>
        <translation>Contrôlé par %1 le %2 pour la période du %3 au %4</translation>
    </message>
    <message>
        <source>Remark: %1</source>
        <translation>Observation : %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>visa</source>
        <translation>visa</translation>
    </message>
    <message>
        <source>The export format is pdf or csv.</source>
        <translation>Le format d&apos;export est pdf ou csv.</translation>
    </message>
</context>
<context>
    <name>vigie::records::BailleurRegister</name>
    <message>
        <source>Cannot save the bailleur register</source>
        <translation>Impossible d&apos;enregistrer le registre des bailleurs</translation>
    </message>
    <message>
        <source>Give the caller&apos;s (or callee&apos;s) name or call-back number.</source>
        <translation>Donnez le nom ou le numéro de rappel de l&apos;appelant (ou de l&apos;appelé).</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Une rectification doit être motivée.</translation>
    </message>
    <message>
        <source>There is no call &quot;%1&quot; in the register.</source>
        <translation>Il n&apos;y a pas d&apos;appel « %1 » au registre.</translation>
    </message>
    <message>
        <source>There is no convention &quot;%1&quot;: a landlord&apos;s cameras are viewed only under the convention approved by the préfet.</source>
        <translation>Il n&apos;y a pas de convention « %1 » : les caméras d&apos;un bailleur ne sont visionnées qu&apos;en vertu de la convention approuvée par le préfet.</translation>
    </message>
    <message>
        <source>Name the cameras the request is for.</source>
        <translation>Indiquez les caméras demandées.</translation>
    </message>
    <message>
        <source>Name the situation invoked.</source>
        <translation>Indiquez la situation invoquée.</translation>
    </message>
    <message>
        <source>The duration asked cannot be negative.</source>
        <translation>La durée demandée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Camera(s) %1 are outside the scope of the convention %2 (common areas of the buildings it lists): they cannot be viewed under it.</source>
        <translation>La ou les caméras %1 sont hors du périmètre de la convention %2 (parties communes des immeubles qu&apos;elle désigne) : elles ne peuvent pas être visionnées à ce titre.</translation>
    </message>
    <message>
        <source>The situation &quot;%1&quot; is not one the convention %2 allows.</source>
        <translation>La situation « %1 » n&apos;est pas prévue par la convention %2.</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot; in the register.</source>
        <translation>Il n&apos;y a pas de demande « %1 » au registre.</translation>
    </message>
    <message>
        <source>This request has already been accepted: its session is %1.</source>
        <translation>Cette demande a déjà été acceptée : sa session est %1.</translation>
    </message>
    <message>
        <source>This request was refused: %1</source>
        <translation>Cette demande a été refusée : %1</translation>
    </message>
    <message>
        <source>There is no convention &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de convention « %1 ».</translation>
    </message>
    <message>
        <source>Only a pending request can be refused.</source>
        <translation>Seule une demande en attente peut être refusée.</translation>
    </message>
    <message>
        <source>Say why the request is refused.</source>
        <translation>Indiquez le motif du refus.</translation>
    </message>
    <message>
        <source>There is no viewing session &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de session de visionnage « %1 ».</translation>
    </message>
    <message>
        <source>This viewing session is closed: a new request is needed.</source>
        <translation>Cette session de visionnage est fermée : une nouvelle demande est nécessaire.</translation>
    </message>
    <message>
        <source>Give the minutes to add.</source>
        <translation>Indiquez le nombre de minutes à ajouter.</translation>
    </message>
    <message>
        <source>An extension is a decision of its own: say why it is needed.</source>
        <translation>Une prolongation est une décision à part entière : indiquez pourquoi elle est nécessaire.</translation>
    </message>
    <message>
        <source>The convention %1 limits a session to %2 min: %3 min can still be added.</source>
        <translation>La convention %1 limite une session à %2 min : %3 min peuvent encore être ajoutées.</translation>
    </message>
    <message>
        <source>This viewing session is already closed.</source>
        <translation>Cette session de visionnage est déjà fermée.</translation>
    </message>
    <message>
        <source>Give a period: a first day and a last day after it.</source>
        <translation>Donnez une période : un premier jour et un dernier jour postérieur.</translation>
    </message>
    <message>
        <source>(landlord not identified)</source>
        <translation>(bailleur non identifié)</translation>
    </message>
    <message>
        <source>Occupation blocking the tenants&apos; access or movement</source>
        <translation>Occupation entravant l&apos;accès ou la libre circulation des locataires</translation>
    </message>
    <message>
        <source>Safety or security systems prevented from working or damaged</source>
        <translation>Dispositifs de sécurité ou de sûreté empêchés de fonctionner ou dégradés</translation>
    </message>
    <message>
        <source>Disturbance of the quiet of the premises</source>
        <translation>Atteinte à la tranquillité des lieux</translation>
    </message>
    <message>
        <source>Imminent threat of serious harm to persons or property</source>
        <translation>Risque imminent d&apos;atteinte grave aux personnes ou aux biens</translation>
    </message>
    <message>
        <source>Landlord&apos;s alert</source>
        <translation>Alerte du bailleur</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>radio</translation>
    </message>
    <message>
        <source>landlord&apos;s alert</source>
        <translation>alerte du bailleur</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>abouti</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no convention in force</source>
        <translation>aucune convention en vigueur</translation>
    </message>
    <message>
        <source>camera outside the convention</source>
        <translation>caméra hors convention</translation>
    </message>
    <message>
        <source>situation not allowed</source>
        <translation>situation non prévue</translation>
    </message>
    <message>
        <source>no viewing session</source>
        <translation>aucune session de visionnage</translation>
    </message>
    <message>
        <source>refused by the centre</source>
        <translation>refusée par le centre</translation>
    </message>
</context>
<context>
    <name>vigie::records::CdrImport</name>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>%1 columns where Master.csv has at least %2 (accountcode, src, dst, ... disposition, amaflags)</source>
        <translation>%1 colonnes là où Master.csv en a au moins %2 (accountcode, src, dst, ... disposition, amaflags)</translation>
    </message>
    <message>
        <source>the start time &quot;%1&quot; is not YYYY-MM-DD HH:MM:SS</source>
        <translation>l&apos;heure de début « %1 » n&apos;est pas au format AAAA-MM-JJ HH:MM:SS</translation>
    </message>
    <message>
        <source>the answer time &quot;%1&quot; is not YYYY-MM-DD HH:MM:SS</source>
        <translation>l&apos;heure de réponse « %1 » n&apos;est pas au format AAAA-MM-JJ HH:MM:SS</translation>
    </message>
    <message>
        <source>billsec &quot;%1&quot; is not a number of seconds</source>
        <translation>billsec « %1 » n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>unknown disposition &quot;%1&quot; (ANSWERED, NO ANSWER, BUSY, FAILED expected)</source>
        <translation>disposition inconnue « %1 » (ANSWERED, NO ANSWER, BUSY ou FAILED attendu)</translation>
    </message>
    <message>
        <source>neither src nor dst gives a number</source>
        <translation>ni src ni dst ne donne de numéro</translation>
    </message>
    <message>
        <source>From the telephone exchange (%1, %2 s).</source>
        <translation>Depuis le standard téléphonique (%1, %2 s).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>vigie::records::ConventionBook</name>
    <message>
        <source>The convention %1 of %2 has been withdrawn: no viewing session may be opened under it.</source>
        <translation>La convention %1 de %2 a été retirée : aucune session de visionnage ne peut être ouverte à ce titre.</translation>
    </message>
    <message>
        <source>The convention %1 of %2 expired on %3: no viewing session may be opened until the préfet approves its renewal.</source>
        <translation>La convention %1 de %2 a expiré le %3 : aucune session de visionnage ne peut être ouverte avant que le préfet n&apos;approuve son renouvellement.</translation>
    </message>
    <message>
        <source>The convention %1 of %2 is approved from %3 only.</source>
        <translation>La convention %1 de %2 n&apos;est approuvée qu&apos;à compter du %3.</translation>
    </message>
    <message>
        <source>The convention&apos;s reference &quot;%1&quot; is not valid: letters, digits, &quot;.&quot;, &quot;-&quot;, &quot;_&quot; or &quot;/&quot;, 40 at most.</source>
        <translation>La référence de convention « %1 » n&apos;est pas valable : lettres, chiffres, « . », « - », « _ » ou « / », 40 au plus.</translation>
    </message>
    <message>
        <source>The convention %1 names no landlord.</source>
        <translation>La convention %1 ne désigne aucun bailleur.</translation>
    </message>
    <message>
        <source>The commune of the convention %1 is not an INSEE code: &quot;%2&quot;.</source>
        <translation>La commune de la convention %1 n&apos;est pas un code INSEE : « %2 ».</translation>
    </message>
    <message>
        <source>The convention %1 needs the date of the préfet&apos;s approval and an expiry date after it.</source>
        <translation>La convention %1 doit avoir la date d&apos;approbation du préfet et une date d&apos;échéance postérieure.</translation>
    </message>
    <message>
        <source>The maximum duration of a session under the convention %1 must be between 1 minute and 24 hours.</source>
        <translation>La durée maximale d&apos;une session au titre de la convention %1 doit être comprise entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <source>The convention %1 allows no situation: list at least one.</source>
        <translation>La convention %1 ne prévoit aucune situation : indiquez-en au moins une.</translation>
    </message>
    <message>
        <source>Unknown situation &quot;%1&quot; in the convention %2.</source>
        <translation>Situation inconnue « %1 » dans la convention %2.</translation>
    </message>
    <message>
        <source>The convention %1 lists no building with cameras in its scope.</source>
        <translation>La convention %1 ne désigne aucun immeuble avec des caméras dans son périmètre.</translation>
    </message>
    <message>
        <source>A building of the convention %1 has no name.</source>
        <translation>Un immeuble de la convention %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Cannot save the convention %1</source>
        <translation>Impossible d&apos;enregistrer la convention %1</translation>
    </message>
</context>
<context>
    <name>vigie::records::IncidentService</name>
    <message>
        <source>Cannot save the incident</source>
        <translation>Impossible d&apos;enregistrer l&apos;incident</translation>
    </message>
    <message>
        <source>Incident %1 is signed off: it can no longer be edited, only completed by an addendum.</source>
        <translation>L&apos;incident %1 est visé : il ne peut plus être modifié, seulement complété par un addendum.</translation>
    </message>
    <message>
        <source>The shift of incident %1 is closed: it can no longer be edited, only completed by an addendum.</source>
        <translation>La vacation de l&apos;incident %1 est clôturée : il ne peut plus être modifié, seulement complété par un addendum.</translation>
    </message>
    <message>
        <source>Unknown incident.</source>
        <translation>Incident inconnu.</translation>
    </message>
    <message>
        <source>Incident %1 is already signed off.</source>
        <translation>L&apos;incident %1 est déjà visé.</translation>
    </message>
    <message>
        <source>Incident %1 is still open: close it with its outcome first.</source>
        <translation>L&apos;incident %1 est encore ouvert : clôturez-le d&apos;abord en indiquant les suites données.</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>L&apos;addendum est vide.</translation>
    </message>
    <message>
        <source>Cannot search the main courante</source>
        <translation>Impossible de rechercher dans la main courante</translation>
    </message>
    <message>
        <source>retention of the main courante</source>
        <translation>durée de conservation de la main courante</translation>
    </message>
    <message>
        <source>Cannot purge the main courante</source>
        <translation>Impossible de purger la main courante</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) past their retention removed.</source>
        <translation>
            <numerusform>%n incident dont la durée de conservation est dépassée supprimé.</numerusform>
            <numerusform>%n incidents dont la durée de conservation est dépassée supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::records::IncidentTypology</name>
    <message>
        <source>Attacks on persons</source>
        <translation>Atteintes aux personnes</translation>
    </message>
    <message>
        <source>Assault, brawl</source>
        <translation>Agression, rixe</translation>
    </message>
    <message>
        <source>Threats, harassment</source>
        <translation>Menaces, harcèlement</translation>
    </message>
    <message>
        <source>Robbery with violence</source>
        <translation>Vol avec violence</translation>
    </message>
    <message>
        <source>Attacks on property</source>
        <translation>Atteintes aux biens</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Vol</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Dégradation</translation>
    </message>
    <message>
        <source>Tag, graffiti</source>
        <translation>Tag, graffiti</translation>
    </message>
    <message>
        <source>Vehicle fire</source>
        <translation>Incendie de véhicule</translation>
    </message>
    <message>
        <source>Public tranquillity</source>
        <translation>Tranquillité publique</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Noise nuisance</source>
        <translation>Nuisances sonores</translation>
    </message>
    <message>
        <source>Motorised rodeo</source>
        <translation>Rodéo motorisé</translation>
    </message>
    <message>
        <source>Public drunkenness</source>
        <translation>Ivresse sur la voie publique</translation>
    </message>
    <message>
        <source>Traffic and parking</source>
        <translation>Circulation et stationnement</translation>
    </message>
    <message>
        <source>Road accident</source>
        <translation>Accident de la circulation</translation>
    </message>
    <message>
        <source>Obstructive parking</source>
        <translation>Stationnement gênant</translation>
    </message>
    <message>
        <source>Abandoned car</source>
        <translation>Véhicule ventouse</translation>
    </message>
    <message>
        <source>Wreck</source>
        <translation>Épave</translation>
    </message>
    <message>
        <source>Fly-tipping</source>
        <translation>Dépôt sauvage</translation>
    </message>
    <message>
        <source>Rescue of persons</source>
        <translation>Secours à personne</translation>
    </message>
    <message>
        <source>Municipal building alarm</source>
        <translation>Alarme de bâtiment communal</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Incendie</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Agression</translation>
    </message>
    <message>
        <source>Requisition, viewing</source>
        <translation>Réquisition, visionnage</translation>
    </message>
    <message>
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <source>Technical fault</source>
        <translation>Panne technique</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not valid: lower-case letters, digits and underscores, &quot;category.sub_category&quot; for a sub-category.</source>
        <translation>Le code « %1 » n&apos;est pas valide : lettres minuscules, chiffres et tirets bas, « categorie.sous_categorie » pour une sous-catégorie.</translation>
    </message>
    <message>
        <source>The label of %1 is missing.</source>
        <translation>Le libellé de %1 manque.</translation>
    </message>
    <message>
        <source>Cannot read the typology</source>
        <translation>Impossible de lire la typologie</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot; for this sub-category.</source>
        <translation>Il n&apos;y a pas de catégorie « %1 » pour cette sous-catégorie.</translation>
    </message>
    <message>
        <source>The typology change names no category or no label.</source>
        <translation>La modification de la typologie ne désigne aucune catégorie ou aucun libellé.</translation>
    </message>
    <message>
        <source>Cannot save the typology</source>
        <translation>Impossible d&apos;enregistrer la typologie</translation>
    </message>
</context>
<context>
    <name>vigie::records::JournalWords</name>
    <message>
        <source>Incident recorded</source>
        <translation>Incident enregistré</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Incident mis à jour</translation>
    </message>
    <message>
        <source>Incident signed off</source>
        <translation>Incident visé</translation>
    </message>
    <message>
        <source>Incident addendum</source>
        <translation>Addendum à un incident</translation>
    </message>
    <message>
        <source>Main courante purged (retention)</source>
        <translation>Main courante purgée (durée de conservation)</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Vacation ouverte</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>Consignes passées</translation>
    </message>
    <message>
        <source>Hand-over acknowledged</source>
        <translation>Accusé de réception de la passation</translation>
    </message>
    <message>
        <source>Shift log signed</source>
        <translation>Main courante visée</translation>
    </message>
    <message>
        <source>Shift addendum</source>
        <translation>Addendum à la main courante</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>Poste verrouillé</translation>
    </message>
    <message>
        <source>Desk unlocked</source>
        <translation>Poste déverrouillé</translation>
    </message>
    <message>
        <source>Desk unlock refused</source>
        <translation>Déverrouillage du poste refusé</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <source>Shift log exported</source>
        <translation>Main courante exportée</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Capture d&apos;image enregistrée</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Purge à l&apos;échéance de conservation</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Habilitation recorded</source>
        <translation>Habilitation enregistrée</translation>
    </message>
    <message>
        <source>Other event (%1)</source>
        <translation>Autre événement (%1)</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>déconnexion par l&apos;opérateur</translation>
    </message>
    <message>
        <source>Vigie closed</source>
        <translation>Vigie fermé</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe erroné</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>identifiant inconnu</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>compte verrouillé</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>no input for a while</source>
        <translation>aucune saisie depuis un moment</translation>
    </message>
    <message>
        <source>locked by the operator</source>
        <translation>verrouillé par l&apos;opérateur</translation>
    </message>
    <message>
        <source>neither the operator of the desk nor a supervisor</source>
        <translation>ni l&apos;opérateur du poste ni un chef de salle</translation>
    </message>
    <message>
        <source>vigiectl (unknown local account)</source>
        <translation>vigiectl (compte local inconnu)</translation>
    </message>
    <message>
        <source>vigiectl (local account %1)</source>
        <translation>vigiectl (compte local %1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Suites données : %1</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Actions en cours : %1</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>Consignes : %1</translation>
    </message>
    <message>
        <source>Camera faults: %1</source>
        <translation>Défauts caméras : %1</translation>
    </message>
    <message>
        <source>System faults: %1</source>
        <translation>Défauts système : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refusé : %1 — %2</translation>
    </message>
    <message>
        <source>%1, attempt %2</source>
        <translation>%1, tentative %2</translation>
    </message>
    <message>
        <source>After %1 failed attempts, until %2</source>
        <translation>Après %1 tentatives échouées, jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>by a supervisor</source>
        <translation>par un chef de salle</translation>
    </message>
    <message>
        <source>File %1, SHA-256 %2</source>
        <translation>Fichier %1, SHA-256 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in %1, SHA-256 %2</source>
        <translation>
            <numerusform>%n événement dans %1, SHA-256 %2</numerusform>
            <numerusform>%n événements dans %1, SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents before %1 removed</source>
        <translation>Incidents antérieurs au %1 supprimés</translation>
    </message>
    <message>
        <source>vigiectl command</source>
        <translation>Commande vigiectl</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Premier administrateur créé</translation>
    </message>
    <message>
        <source>Central database created</source>
        <translation>Base centrale créée</translation>
    </message>
    <message>
        <source>Central database upgraded</source>
        <translation>Base centrale mise à niveau</translation>
    </message>
    <message>
        <source>Idle-lock delay changed</source>
        <translation>Délai de verrouillage modifié</translation>
    </message>
    <message>
        <source>Snapshot saved, camera %1</source>
        <translation>Photo enregistrée, caméra %1</translation>
    </message>
    <message>
        <source>Account created: %1, roles: %2</source>
        <translation>Compte créé : %1, rôles : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Retention purge: %n entries before %1</source>
        <translation>
            <numerusform>Purge de conservation : %n entrée antérieure au %1</numerusform>
            <numerusform>Purge de conservation : %n entrées antérieures au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents purged (retention) before %1</source>
        <translation>Incidents antérieurs au %1 purgés (conservation)</translation>
    </message>
    <message>
        <source>Failed login for %1: wrong password</source>
        <translation>Échec de connexion de %1 : mot de passe erroné</translation>
    </message>
    <message>
        <source>Login refused for %1: account disabled</source>
        <translation>Connexion refusée à %1 : compte désactivé</translation>
    </message>
    <message>
        <source>Login refused for %1: account locked</source>
        <translation>Connexion refusée à %1 : compte bloqué</translation>
    </message>
    <message>
        <source>Account of %1 locked after %2 failed logins</source>
        <translation>Compte de %1 bloqué après %2 échecs de connexion</translation>
    </message>
    <message>
        <source>Desk locked after a time without input</source>
        <translation>Poste verrouillé après une période sans activité</translation>
    </message>
    <message>
        <source>Desk of %1 unlocked by a supervisor</source>
        <translation>Poste de %1 déverrouillé par un chef de salle</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Refusé : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Shift log exported as %1, %n entries</source>
        <translation>
            <numerusform>Main courante exportée en %1, %n entrée</numerusform>
            <numerusform>Main courante exportée en %1, %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle-lock delay set to %1 min (was %2 min)</source>
        <translation>Délai de verrouillage fixé à %1 min (au lieu de %2 min)</translation>
    </message>
    <message>
        <source>(unknown account)</source>
        <translation>(compte inconnu)</translation>
    </message>
    <message>
        <source>Failed login: unknown account</source>
        <translation>Échec de connexion : compte inconnu</translation>
    </message>
    <message>
        <source>Workstation enrolled at central</source>
        <translation>Poste inscrit dans la base centrale</translation>
    </message>
    <message>
        <source>Workstation revoked at central</source>
        <translation>Poste révoqué dans la base centrale</translation>
    </message>
    <message>
        <source>Workstation key enrolled at central</source>
        <translation>Clé du poste enregistrée à la base centrale</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rôles modifiés</translation>
    </message>
    <message>
        <source>Account enabled or disabled</source>
        <translation>Compte activé ou désactivé</translation>
    </message>
    <message>
        <source>Camera group created</source>
        <translation>Groupe de caméras créé</translation>
    </message>
    <message>
        <source>Camera added</source>
        <translation>Caméra ajoutée</translation>
    </message>
    <message>
        <source>Camera changed</source>
        <translation>Caméra modifiée</translation>
    </message>
    <message>
        <source>Camera stream addresses changed</source>
        <translation>Adresses de flux d&apos;une caméra modifiées</translation>
    </message>
    <message>
        <source>Camera moved to another commune</source>
        <translation>Caméra rattachée à une autre commune</translation>
    </message>
    <message>
        <source>Incident category changed</source>
        <translation>Catégorie d&apos;incident modifiée</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Line crossed</source>
        <translation>Franchissement de ligne</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Saturated road</source>
        <translation>Voie saturée</translation>
    </message>
    <message>
        <source>End of saturation</source>
        <translation>Fin de saturation</translation>
    </message>
    <message>
        <source>Parked vehicle first seen</source>
        <translation>Véhicule stationné vu pour la première fois</translation>
    </message>
    <message>
        <source>Parked vehicle still there</source>
        <translation>Véhicule stationné toujours présent</translation>
    </message>
    <message>
        <source>Vehicle parked too long</source>
        <translation>Véhicule ventouse</translation>
    </message>
    <message>
        <source>Wrong way</source>
        <translation>Contresens</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Maraudage</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Attroupement</translation>
    </message>
    <message>
        <source>Line crossing</source>
        <translation>Franchissement de ligne</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>de gauche à droite</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>de droite à gauche</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>de haut en bas</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>de bas en haut</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>verbalisation %1</translation>
    </message>
    <message>
        <source>NATINF %1 (%2)</source>
        <translation>NATINF %1 (%2)</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>caméra %1</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>état : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Caméra %1</translation>
    </message>
    <message>
        <source>Camera %1, watched since %2: end not known (%3)</source>
        <translation>Caméra %1, regardée depuis le %2 : fin inconnue (%3)</translation>
    </message>
    <message>
        <source>Camera %1, watched %2 (%3)</source>
        <translation>Caméra %1, regardée %2 (%3)</translation>
    </message>
    <message>
        <source>main stream</source>
        <translation>flux principal</translation>
    </message>
    <message>
        <source>sub-stream</source>
        <translation>flux secondaire</translation>
    </message>
    <message>
        <source>ONVIF (PTZ)</source>
        <translation>ONVIF (PTZ)</translation>
    </message>
    <message>
        <source>%1, kept in the keyring</source>
        <translation>%1, conservés dans le trousseau</translation>
    </message>
    <message>
        <source>%1, out of the camera directory into the keyring</source>
        <translation>%1, sortis de l&apos;annuaire des caméras vers le trousseau</translation>
    </message>
    <message>
        <source>Outages ended before %1 removed</source>
        <translation>Pannes terminées avant le %1 supprimées</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n image supprimée</numerusform>
            <numerusform>%n images supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file, SHA-256 %2</source>
        <translation>fichier %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>ANTAI message %1</source>
        <translation>message ANTAI %1</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (état précédent : %2)</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>Caméra %1 : %2</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (classe %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, avec %1</translation>
    </message>
    <message>
        <source>, convention %1</source>
        <translation>, convention %1</translation>
    </message>
    <message>
        <source>, corrects an earlier entry: %1</source>
        <translation>, corrige une entrée antérieure : %1</translation>
    </message>
    <message>
        <source>, %1 min asked</source>
        <translation>, %1 min demandées</translation>
    </message>
    <message>
        <source>, intervention: %1</source>
        <translation>, intervention : %1</translation>
    </message>
    <message>
        <source>, refused: %1</source>
        <translation>, refusée : %1</translation>
    </message>
    <message>
        <source>%1 min added, until %2</source>
        <translation>%1 min ajoutées, jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <source>%1, expires on %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in %1, SHA-256 %2</source>
        <translation>
            <numerusform>%n entrée dans %1, SHA-256 %2</numerusform>
            <numerusform>%n entrées dans %1, SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera %1, detector &quot;%2&quot; (%3)%4</source>
        <translation>Caméra %1, détecteur « %2 » (%3)%4</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, désactivé</translation>
    </message>
    <message>
        <source>Camera %1, detector &quot;%2&quot;</source>
        <translation>Caméra %1, détecteur « %2 »</translation>
    </message>
    <message>
        <source>%1 on camera %2 (detector &quot;%3&quot;)</source>
        <translation>%1 sur la caméra %2 (détecteur « %3 »)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>occupied %1 %</source>
        <translation>occupation %1 %</translation>
    </message>
    <message>
        <source>Camera %1, detector &quot;%2&quot;, from %3 to %4</source>
        <translation>Caméra %1, détecteur « %2 », du %3 au %4</translation>
    </message>
    <message>
        <source>nothing counted</source>
        <translation>rien compté</translation>
    </message>
    <message>
        <source>Camera %1, %2, SHA-256 %3</source>
        <translation>Caméra %1, %2, SHA-256 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) removed</source>
        <translation>
            <numerusform>%n image supprimée</numerusform>
            <numerusform>%n images supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) before %1 removed</source>
        <translation>
            <numerusform>%n alarme antérieure au %1 supprimée</numerusform>
            <numerusform>%n alarmes antérieures au %1 supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera %1, taken from %2</source>
        <translation>Caméra %1, pilotée jusque-là par %2</translation>
    </message>
    <message>
        <source>%1, preset %2</source>
        <translation>%1, préréglage %2</translation>
    </message>
    <message>
        <source>no camera left</source>
        <translation>plus aucune caméra</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Live viewing started</source>
        <translation>Début de visionnage en direct</translation>
    </message>
    <message>
        <source>Live viewing ended</source>
        <translation>Fin de visionnage en direct</translation>
    </message>
    <message>
        <source>Camera taken out of service</source>
        <translation>Caméra retirée du service</translation>
    </message>
    <message>
        <source>Camera account stored</source>
        <translation>Identifiants de caméra enregistrés</translation>
    </message>
    <message>
        <source>Camera account moved to the keyring</source>
        <translation>Identifiants de caméra déplacés dans le trousseau</translation>
    </message>
    <message>
        <source>Camera outage history purged (retention)</source>
        <translation>Historique des pannes de caméras purgé (conservation)</translation>
    </message>
    <message>
        <source>Snapshots purged (retention)</source>
        <translation>Captures d&apos;image purgées (conservation)</translation>
    </message>
    <message>
        <source>Verbalisation drafted</source>
        <translation>Projet de verbalisation créé</translation>
    </message>
    <message>
        <source>Verbalisation draft edited</source>
        <translation>Projet de verbalisation modifié</translation>
    </message>
    <message>
        <source>Verbalisation validated</source>
        <translation>Verbalisation validée</translation>
    </message>
    <message>
        <source>Verbalisation exported for ANTAI</source>
        <translation>Verbalisation exportée pour l&apos;ANTAI</translation>
    </message>
    <message>
        <source>Verbalisation sent to ANTAI</source>
        <translation>Verbalisation transmise à l&apos;ANTAI</translation>
    </message>
    <message>
        <source>Verbalisation cancelled</source>
        <translation>Verbalisation annulée</translation>
    </message>
    <message>
        <source>Verbalisation refused</source>
        <translation>Verbalisation refusée</translation>
    </message>
    <message>
        <source>NATINF offence recorded</source>
        <translation>Infraction NATINF enregistrée</translation>
    </message>
    <message>
        <source>Landlord call</source>
        <translation>Appel bailleur</translation>
    </message>
    <message>
        <source>Landlord camera request</source>
        <translation>Demande d&apos;accès aux caméras du bailleur</translation>
    </message>
    <message>
        <source>Landlord request refused</source>
        <translation>Demande du bailleur refusée</translation>
    </message>
    <message>
        <source>Landlord camera access refused</source>
        <translation>Accès aux caméras du bailleur refusé</translation>
    </message>
    <message>
        <source>Landlord viewing session opened</source>
        <translation>Session de visionnage bailleur ouverte</translation>
    </message>
    <message>
        <source>Landlord viewing session extended</source>
        <translation>Session de visionnage bailleur prolongée</translation>
    </message>
    <message>
        <source>Landlord viewing session closed</source>
        <translation>Session de visionnage bailleur close</translation>
    </message>
    <message>
        <source>Landlord register reviewed</source>
        <translation>Registre bailleur visé</translation>
    </message>
    <message>
        <source>Landlord convention recorded</source>
        <translation>Convention bailleur enregistrée</translation>
    </message>
    <message>
        <source>Landlord register exported</source>
        <translation>Registre bailleur exporté</translation>
    </message>
    <message>
        <source>Detector set up</source>
        <translation>Détecteur paramétré</translation>
    </message>
    <message>
        <source>Detector removed</source>
        <translation>Détecteur supprimé</translation>
    </message>
    <message>
        <source>Analytics alarm</source>
        <translation>Alarme d&apos;analyse vidéo</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translation>Alarme acquittée</translation>
    </message>
    <message>
        <source>Counts recorded</source>
        <translation>Comptages enregistrés</translation>
    </message>
    <message>
        <source>Alarm picture</source>
        <translation>Image d&apos;alarme</translation>
    </message>
    <message>
        <source>Alarm pictures purged (retention)</source>
        <translation>Images d&apos;alarmes purgées (conservation)</translation>
    </message>
    <message>
        <source>Alarms purged (retention)</source>
        <translation>Alarmes purgées (conservation)</translation>
    </message>
    <message>
        <source>PTZ camera steered</source>
        <translation>Caméra PTZ pilotée</translation>
    </message>
    <message>
        <source>PTZ camera released</source>
        <translation>Pilotage PTZ rendu</translation>
    </message>
    <message>
        <source>PTZ camera taken over</source>
        <translation>Caméra PTZ reprise en main</translation>
    </message>
    <message>
        <source>PTZ preset recalled</source>
        <translation>Préréglage PTZ appelé</translation>
    </message>
    <message>
        <source>PTZ preset saved</source>
        <translation>Préréglage PTZ enregistré</translation>
    </message>
    <message>
        <source>Favourite cameras changed</source>
        <translation>Caméras favorites modifiées</translation>
    </message>
    <message>
        <source>Camera group saved</source>
        <translation>Groupe de caméras enregistré</translation>
    </message>
    <message>
        <source>Camera group deleted</source>
        <translation>Groupe de caméras supprimé</translation>
    </message>
    <message>
        <source>camera taken off the walls</source>
        <translation>caméra retirée des murs</translation>
    </message>
    <message>
        <source>desk locked</source>
        <translation>poste verrouillé</translation>
    </message>
    <message>
        <source>Vigie stopped without closing it</source>
        <translation>Vigie arrêté sans le clore</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Retention purge: %n entries (listed)</source>
        <translation>
            <numerusform>Purge de conservation : %n entrée (listée)</numerusform>
            <numerusform>Purge de conservation : %n entrées (listées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cameras %1</source>
        <translation>
            <numerusform>caméra %1</numerusform>
            <numerusform>caméras %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Convention %1, %2, %3</source>
        <translation>Convention %1, %2, %3</translation>
    </message>
    <message>
        <source>%1, convention %2, %3</source>
        <translation>%1, convention %2, %3</translation>
    </message>
    <message>
        <source>%1, convention %2, %3 min, until %4</source>
        <translation>%1, convention %2, %3 min, jusqu&apos;au %4</translation>
    </message>
    <message>
        <source>its limit reached</source>
        <translation>durée maximale atteinte</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2</source>
        <translation>« %1 », %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter-hour count(s) before %1 removed</source>
        <translation>
            <numerusform>%n comptage au quart d'heure antérieur au %1 supprimé</numerusform>
            <numerusform>%n comptages au quart d'heure antérieurs au %1 supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, preset %2 &quot;%3&quot;</source>
        <translation>%1, préréglage %2 « %3 »</translation>
    </message>
    <message>
        <source>Counts purged (retention)</source>
        <translation>Comptages purgés (conservation)</translation>
    </message>
    <message>
        <source>PTZ preset removed</source>
        <translation>Préréglage PTZ supprimé</translation>
    </message>
</context>
<context>
    <name>vigie::records::ShiftLogBuilder</name>
    <message>
        <source>Handed over by %1 on %2</source>
        <translation>Consignes passées par %1 le %2</translation>
    </message>
    <message>
        <source>Unknown shift.</source>
        <translation>Vacation inconnue.</translation>
    </message>
    <message>
        <source>Give a shift, or a time range whose end is after its start.</source>
        <translation>Indiquez une vacation, ou une plage horaire dont la fin est postérieure au début.</translation>
    </message>
    <message>
        <source>Cannot read the shift log</source>
        <translation>Impossible de lire la main courante</translation>
    </message>
    <message>
        <source>Shift log — %1</source>
        <translation>Main courante — %1</translation>
    </message>
    <message>
        <source>Shift log from %1 to %2</source>
        <translation>Main courante du %1 au %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported by %1 on %2, workstation %3</source>
        <translation>Export réalisé par %1 le %2, poste %3</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No event.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <source>The export format is pdf or csv.</source>
        <translation>Le format d&apos;export est pdf ou csv.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Chef de salle: %1 — status: %2</source>
        <translation>Chef de salle : %1 — état : %2</translation>
    </message>
    <message>
        <source>1. Incidents</source>
        <translation>1. Incidents</translation>
    </message>
    <message>
        <source>No incident.</source>
        <translation>Aucun incident.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>2. Hand-over</source>
        <translation>2. Passation</translation>
    </message>
    <message>
        <source>Not handed over yet.</source>
        <translation>Consignes pas encore passées.</translation>
    </message>
    <message>
        <source>Taken over by the incoming chef de salle %1 on %2</source>
        <translation>Relève prise par le chef de salle entrant %1 le %2</translation>
    </message>
    <message>
        <source>Camera faults: %1</source>
        <translation>Pannes de caméras : %1</translation>
    </message>
    <message>
        <source>System faults: %1</source>
        <translation>Pannes du système : %1</translation>
    </message>
    <message>
        <source>No hand-over in this period.</source>
        <translation>Aucune passation sur cette période.</translation>
    </message>
    <message>
        <source>3. Pending actions and instructions</source>
        <translation>3. Actions en cours et consignes</translation>
    </message>
    <message>
        <source>Pending actions:</source>
        <translation>Actions en cours :</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Consignes :</translation>
    </message>
    <message>
        <source>See the hand-over notes of each shift above.</source>
        <translation>Voir les consignes de passation de chaque vacation ci-dessus.</translation>
    </message>
    <message>
        <source>4. Team</source>
        <translation>4. Équipe</translation>
    </message>
    <message>
        <source>Chef de salle: %1</source>
        <translation>Chef de salle : %1</translation>
    </message>
    <message>
        <source>Shift opened by %1</source>
        <translation>Vacation ouverte par %1</translation>
    </message>
    <message>
        <source>Period extract: the teams are in each shift&apos;s log.</source>
        <translation>Extrait sur une période : les équipes figurent dans la main courante de chaque vacation.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Visé par %1 le %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Observation : %1</translation>
    </message>
    <message>
        <source>Supervisor&apos;s visa</source>
        <translation>Visa du chef de salle</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Pas encore visée.</translation>
    </message>
    <message>
        <source>Name, date and signature:</source>
        <translation>Nom, date et signature :</translation>
    </message>
    <message>
        <source>Annex — technical events of the workstation</source>
        <translation>Annexe — événements techniques du poste</translation>
    </message>
    <message>
        <source>Logins, desk locks, snapshots, accounts, exports and retention purges, as the journal holds them.</source>
        <translation>Connexions, verrouillages du poste, photos, comptes, exports et purges de conservation, tels que le journal les conserve.</translation>
    </message>
    <message>
        <source>Journal at the hand-over: workstation %1, entry %2, hash %3</source>
        <translation>Journal à la passation&#x202f;: poste %1, entrée %2, empreinte %3</translation>
    </message>
</context>
<context>
    <name>vigie::records::ShiftService</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>handed over, awaiting the incoming chef</source>
        <translation>consignes passées, en attente du chef de salle entrant</translation>
    </message>
    <message>
        <source>closed, awaiting the visa</source>
        <translation>clôturée, en attente du visa</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>visée</translation>
    </message>
    <message>
        <source>Cannot save the shift</source>
        <translation>Impossible d&apos;enregistrer la vacation</translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; is still open on this workstation: hand it over first.</source>
        <translation>La vacation «&#xa0;%1&#xa0;» est encore ouverte sur ce poste : passez d&apos;abord les consignes.</translation>
    </message>
    <message>
        <source>The chef de salle must be a user with the supervisor role.</source>
        <translation>Le chef de salle doit être un utilisateur disposant du rôle «&#xa0;Chef de salle&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown team member &quot;%1&quot;.</source>
        <translation>Membre de l&apos;équipe «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>No shift of the schedule covers this hour.</source>
        <translation>Aucune vacation du planning ne couvre cette heure.</translation>
    </message>
    <message>
        <source>Unknown shift.</source>
        <translation>Vacation inconnue.</translation>
    </message>
    <message>
        <source>This shift was already handed over.</source>
        <translation>Les consignes de cette vacation ont déjà été passées.</translation>
    </message>
    <message>
        <source>The hand-over note is empty: write the pending actions, instructions and faults, or &quot;RAS&quot;.</source>
        <translation>La note de passation est vide : indiquez les actions en cours, les consignes et les défauts, ou «&#xa0;RAS&#xa0;».</translation>
    </message>
    <message>
        <source>This shift has no hand-over to acknowledge.</source>
        <translation>Cette vacation n&apos;a aucune passation dont accuser réception.</translation>
    </message>
    <message>
        <source>The incoming chef de salle acknowledges the hand-over, not the outgoing one.</source>
        <translation>C&apos;est au chef de salle entrant d&apos;accuser réception de la passation, pas au sortant.</translation>
    </message>
    <message>
        <source>This shift log is already signed.</source>
        <translation>Cette main courante est déjà visée.</translation>
    </message>
    <message>
        <source>A shift log is signed once it is handed over and acknowledged.</source>
        <translation>Une main courante se vise une fois les consignes passées et leur réception accusée.</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>L&apos;addendum est vide.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
    <message>
        <source>%1 has no operational role and cannot be in a shift&apos;s team.</source>
        <translation>%1 n&apos;a aucun rôle opérationnel et ne peut pas faire partie de l&apos;équipe d&apos;une vacation.</translation>
    </message>
    <message>
        <source>%1 is twice in the team.</source>
        <translation>%1 figure deux fois dans l&apos;équipe.</translation>
    </message>
    <message>
        <source>This shift is still open: write in it directly; addenda complete closed shifts.</source>
        <translation>Cette vacation est encore ouverte : complétez-la directement ; les addenda complètent les vacations clôturées.</translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; was already opened on this workstation and is now %2: it cannot be opened a second time. To complete it, add an addendum to its log.</source>
        <translation>La vacation « %1 » a déjà été ouverte sur ce poste et elle est maintenant %2 : elle ne peut pas être ouverte une seconde fois. Pour la compléter, ajoutez un addendum à sa main courante.</translation>
    </message>
</context>
<context>
    <name>vigie::records::SnapshotStore</name>
    <message>
        <source>The snapshot is empty.</source>
        <translation>La capture d&apos;image est vide.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder: check the disk and the access rights.</source>
        <translation>Impossible de créer le dossier des captures d&apos;image : vérifiez le disque et les droits d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot save the snapshot (%1): the disk may be full.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;image (%1) : le disque est peut-être plein.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) past their camera&apos;s retention removed.</source>
        <translation>
            <numerusform>%n capture dont la durée de conservation de sa caméra est dépassée supprimée.</numerusform>
            <numerusform>%n captures dont la durée de conservation de leur caméra est dépassée supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the snapshot</source>
        <translation>Impossible d&apos;enregistrer la capture</translation>
    </message>
    <message>
        <source>Cannot read the snapshots kept</source>
        <translation>Impossible de lire les captures conservées</translation>
    </message>
    <message>
        <source>retention of the cameras&apos; images (30 days at most, L252-5)</source>
        <translation>durée de conservation des images des caméras (30 jours au plus, L252-5)</translation>
    </message>
    <message>
        <source>Cannot purge the snapshots</source>
        <translation>Impossible de purger les captures</translation>
    </message>
    <message>
        <source>Camera %1 belongs to a social landlord (convention %2): its images may be viewed during a session, never kept. No snapshot is taken.</source>
        <translation>La caméra %1 appartient à un bailleur social (convention %2) : ses images peuvent être visionnées pendant une session, jamais conservées. Aucune capture n&apos;est prise.</translation>
    </message>
    <message>
        <source>take a snapshot</source>
        <translation>prendre une capture</translation>
    </message>
</context>
<context>
    <name>vigie::records::form</name>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>The sub-category does not belong to the category.</source>
        <translation>La sous-catégorie n&apos;appartient pas à la catégorie.</translation>
    </message>
    <message>
        <source>Describe what happened, in a few words.</source>
        <translation>Décrivez les faits en quelques mots.</translation>
    </message>
    <message>
        <source>The time of the incident is missing.</source>
        <translation>L&apos;heure de l&apos;incident n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>A closed incident needs its outcome.</source>
        <translation>Un incident clos doit mentionner les suites données.</translation>
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
        <source>Cannot save the change</source>
        <translation>Impossible d&apos;enregistrer la modification</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save %1 in the register</source>
        <translation>Impossible d&apos;enregistrer %1 dans le registre</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralEnrolment</name>
    <message>
        <source>&quot;%1&quot; is not a workstation id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de poste (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», 64 au plus).</translation>
    </message>
    <message>
        <source>Cannot enrol workstation %1 at central (only the administrator who owns the central schema can)</source>
        <translation>Impossible d&apos;inscrire le poste %1 dans la base centrale (seul l&apos;administrateur propriétaire du schéma central le peut)</translation>
    </message>
    <message>
        <source>Cannot revoke workstation %1 at central (only the administrator who owns the central schema can, and only an enrolled workstation)</source>
        <translation>Impossible de révoquer le poste %1 dans la base centrale (seul l&apos;administrateur propriétaire du schéma central le peut, et seulement pour un poste inscrit)</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralLink</name>
    <message>
        <source>no keyring is available on this machine: set PGPASSWORD or write the password in ~/.pgpass (mode 0600)</source>
        <translation>aucun trousseau n&apos;est disponible sur ce poste : définissez PGPASSWORD ou inscrivez le mot de passe dans ~/.pgpass (mode 0600)</translation>
    </message>
    <message>
        <source>the keyring holds no password for %1: store it with &quot;vigiectl central password&quot;</source>
        <translation>le trousseau ne contient pas de mot de passe pour %1 : enregistrez-le avec «&#xa0;vigiectl central password&#xa0;»</translation>
    </message>
    <message>
        <source>the keyring refused: %1</source>
        <translation>le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>The central server refused the password.</source>
        <translation>Le serveur central a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>The central server does not answer: the workstation keeps working on its own register and will sync when the link returns.</source>
        <translation>Le serveur central ne répond pas : le poste continue de travailler sur son propre registre et se synchronisera au retour de la liaison.</translation>
    </message>
    <message>
        <source>The secure connection to the central server failed: check sslmode and the server&apos;s certificate.</source>
        <translation>La connexion sécurisée au serveur central a échoué : vérifiez sslmode et le certificat du serveur.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt est absent (paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the central database %1</source>
        <translation>Impossible de joindre la base centrale %1</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Mot de passe : %1.</translation>
    </message>
    <message>
        <source>Cannot configure the central connection</source>
        <translation>Impossible de configurer la connexion à la base centrale</translation>
    </message>
    <message>
        <source>No keyring is available on this machine (Secret Service or KWallet): set PGPASSWORD, or write the password in ~/.pgpass with mode 0600.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce poste (Secret Service ou KWallet) : définissez PGPASSWORD, ou inscrivez le mot de passe dans ~/.pgpass en mode 0600.</translation>
    </message>
    <message>
        <source>The keyring refused: %1</source>
        <translation>Le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>The file name of sslrootcert cannot contain &quot;;&quot; (%1).</source>
        <translation>Le nom de fichier de sslrootcert ne peut pas contenir « ; » (%1).</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralSchema</name>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Cannot lock the central schema</source>
        <translation>Impossible de verrouiller le schéma central</translation>
    </message>
    <message>
        <source>Cannot read the version of the central schema</source>
        <translation>Impossible de lire la version du schéma central</translation>
    </message>
    <message>
        <source>The central database is at schema %1; this Vigie knows up to %2. Install the newer version on this workstation.</source>
        <translation>La base centrale est au schéma %1 ; cette version de Vigie connaît jusqu&apos;au %2. Installez la version plus récente sur ce poste.</translation>
    </message>
    <message>
        <source>Cannot upgrade the central database to schema %1</source>
        <translation>Impossible de mettre la base centrale au schéma %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the central database</source>
        <translation>Impossible de mettre à jour la base centrale</translation>
    </message>
    <message>
        <source>The central database is already initialised (schema %1): use &quot;vigiectl central upgrade&quot;.</source>
        <translation>La base centrale est déjà initialisée (schéma %1) : utilisez «&#xa0;vigiectl central upgrade&#xa0;».</translation>
    </message>
    <message>
        <source>The central database is empty: an administrator runs &quot;vigiectl central init&quot; once.</source>
        <translation>La base centrale est vide : un administrateur lance une fois «&#xa0;vigiectl central init&#xa0;».</translation>
    </message>
    <message>
        <source>The central database is at schema %1 and this Vigie needs %2: an administrator runs &quot;vigiectl central upgrade&quot;.</source>
        <translation>La base centrale est au schéma %1 et cette version de Vigie demande le %2 : un administrateur lance «&#xa0;vigiectl central upgrade&#xa0;».</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralUri</name>
    <message>
        <source>&quot;%1&quot; is not a central link: write postgresql://user@host:port/database?sslmode=require.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un lien central : écrivez postgresql://utilisateur@hôte:port/base?sslmode=require.</translation>
    </message>
    <message>
        <source>The central link must not carry the password: remove it from the URI and set it with &quot;vigiectl central password&quot; (keyring) or PGPASSWORD.</source>
        <translation>Le lien central ne doit pas contenir le mot de passe : retirez-le de l&apos;URI et enregistrez-le avec «&#xa0;vigiectl central password&#xa0;» (trousseau) ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>The central link names no database: postgresql://user@host:port/database.</source>
        <translation>Le lien central ne nomme aucune base : postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (%2).</source>
        <translation>sslmode «&#xa0;%1&#xa0;» inconnu (%2).</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the central link (sslmode, sslrootcert, connect_timeout).</source>
        <translation>Option «&#xa0;%1&#xa0;» inconnue dans le lien central (sslmode, sslrootcert, connect_timeout).</translation>
    </message>
    <message>
        <source>The file name of sslrootcert cannot contain &quot;;&quot; (%1).</source>
        <translation>Le nom de fichier de sslrootcert ne peut pas contenir « ; » (%1).</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralVerify</name>
    <message numerus="yes">
        <source>Central journal intact: all %n entries hold (%1 chain(s)).</source>
        <translation>
            <numerusform>Journal central intact : %n entrée vérifiée (%1 chaîne(s)).</numerusform>
            <numerusform>Journal central intact : les %n entrées sont vérifiées (%1 chaîne(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the central journal</source>
        <translation>Impossible de lire le journal central</translation>
    </message>
    <message>
        <source>Chain %1 refused on %2: %3</source>
        <translation>Chaîne %1 refusée le %2 : %3</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 is missing.</source>
        <translation>Chaîne %1 : l&apos;entrée %2 manque.</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not follow entry %3.</source>
        <translation>Chaîne %1 : l&apos;entrée %2 ne fait pas suite à l&apos;entrée %3.</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was altered (its content no longer matches its hash).</source>
        <translation>Chaîne %1 : l&apos;entrée %2 a été modifiée (son contenu ne correspond plus à son empreinte).</translation>
    </message>
    <message>
        <source>Chain %1: the content of entry %2 was altered.</source>
        <translation>Chaîne %1 : le contenu de l&apos;entrée %2 a été modifié.</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 carries no signature, after signed entries (its signature was removed).</source>
        <translation>Chaîne %1&#x202f;: l&apos;entrée %2 ne porte aucune signature, après des entrées signées (sa signature a été retirée).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not carry its workstation&apos;s signature (altered and its hashes recomputed, or forged).</source>
        <translation>Chaîne %1&#x202f;: l&apos;entrée %2 ne porte pas la signature de son poste (modifiée puis ses empreintes recalculées, ou fabriquée).</translation>
    </message>
    <message>
        <source>Chain %1: the signatures of its %2 entries cannot be checked: no valid key of this workstation is enrolled at central.</source>
        <translation>Chaîne %1&#x202f;: les signatures de ses %2 entrées ne peuvent pas être vérifiées&#x202f;: aucune clé valide de ce poste n&apos;est enregistrée à la base centrale.</translation>
    </message>
    <message>
        <source>Chain %1: none of its %2 entries is signed: they cannot be checked.</source>
        <translation>Chaîne %1&#x202f;: aucune de ses %2 entrées n&apos;est signée&#x202f;: elles ne peuvent pas être vérifiées.</translation>
    </message>
</context>
<context>
    <name>vigie::sync::EnrolledKeys</name>
    <message>
        <source>Give the workstation whose key is enrolled.</source>
        <translation>Indiquez le poste dont la clé est enregistrée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workstation public key (64 hexadecimal characters, as &quot;vigiectl journal key&quot; prints it).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé publique de poste (64 caractères hexadécimaux, tels que «&#xa0;vigiectl journal key&#xa0;» les affiche).</translation>
    </message>
    <message>
        <source>Cannot enrol the key</source>
        <translation>Impossible d&apos;enregistrer la clé</translation>
    </message>
    <message>
        <source>Workstation %1 already has another key enrolled at central: it is not replaced (the entries it signed would no longer verify).</source>
        <translation>Le poste %1 a déjà une autre clé enregistrée à la base centrale&#x202f;: elle n&apos;est pas remplacée (les entrées qu&apos;elle a signées ne se vérifieraient plus).</translation>
    </message>
    <message>
        <source>Cannot read the workstations&apos; keys at central</source>
        <translation>Impossible de lire les clés des postes à la base centrale</translation>
    </message>
</context>
<context>
    <name>vigie::sync::SyncEngine</name>
    <message numerus="yes">
        <source>%n event(s) sent, </source>
        <translation>
            <numerusform>%n événement envoyé, </numerusform>
            <numerusform>%n événements envoyés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received, </source>
        <translation>
            <numerusform>%n événement reçu, </numerusform>
            <numerusform>%n événements reçus, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to go up.</source>
        <translation>
            <numerusform>%n événement en attente d&apos;envoi.</numerusform>
            <numerusform>%n événements en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the central database</source>
        <translation>Impossible de lire la base centrale</translation>
    </message>
    <message>
        <source>Central refuses the journal of %1 from entry %2: %3. Nothing of it is merged; an administrator must examine this workstation (vigiectl journal verify).</source>
        <translation>La base centrale refuse le journal de %1 à partir de l&apos;entrée %2 : %3. Rien n&apos;en est fusionné ; un administrateur doit examiner ce poste (vigiectl journal verify).</translation>
    </message>
    <message>
        <source>Cannot start the sync</source>
        <translation>Impossible de démarrer la synchronisation</translation>
    </message>
    <message>
        <source>Cannot send the journal to central</source>
        <translation>Impossible d&apos;envoyer le journal à la base centrale</translation>
    </message>
    <message>
        <source>Central refuses the journal of %1 since %2: nothing more goes up until an administrator has examined this workstation.</source>
        <translation>La base centrale refuse le journal de %1 depuis : %2. Plus rien n&apos;est envoyé tant qu&apos;un administrateur n&apos;a pas examiné ce poste.</translation>
    </message>
    <message>
        <source>the local entry %1 differs from the one central holds</source>
        <translation>l&apos;entrée locale %1 diffère de celle que détient la base centrale</translation>
    </message>
    <message>
        <source>central holds %1 entries of this workstation and the local journal fewer (restored from an old copy?)</source>
        <translation>la base centrale détient %1 entrées de ce poste et le journal local moins (restauré depuis une ancienne copie ?)</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>l&apos;entrée %1 manque</translation>
    </message>
    <message>
        <source>entry %1 does not follow the one before it</source>
        <translation>l&apos;entrée %1 ne fait pas suite à la précédente</translation>
    </message>
    <message>
        <source>entry %1 was altered (it no longer matches its hash)</source>
        <translation>l&apos;entrée %1 a été modifiée (elle ne correspond plus à son empreinte)</translation>
    </message>
    <message>
        <source>the content of entry %1 was altered</source>
        <translation>le contenu de l&apos;entrée %1 a été modifié</translation>
    </message>
    <message>
        <source>Cannot receive the other workstations&apos; events</source>
        <translation>Impossible de recevoir les événements des autres postes</translation>
    </message>
    <message>
        <source>Entry %1 of %2 received from central does not continue the chain this workstation holds: nothing of it is merged.</source>
        <translation>L&apos;entrée %1 de %2 reçue de la base centrale ne prolonge pas la chaîne que détient ce poste : rien n&apos;en est fusionné.</translation>
    </message>
    <message>
        <source>Workstation %1 is not enrolled at central: an administrator runs &quot;vigiectl central enroll %1&quot; and this workstation connects with the role it gives.</source>
        <translation>Le poste %1 n&apos;est pas inscrit dans la base centrale : un administrateur lance «&#xa0;vigiectl central enroll %1&#xa0;» et ce poste se connecte avec le rôle obtenu.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 received from central cannot be checked: no key of that workstation is enrolled at central. Nothing of its chain is merged until an administrator enrols it.</source>
        <translation>L&apos;entrée %1 de %2 reçue de la base centrale ne peut pas être vérifiée&#x202f;: aucune clé de ce poste n&apos;y est enregistrée. Rien de sa chaîne n&apos;est fusionné tant qu&apos;un administrateur ne l&apos;a pas enregistrée.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 received from central does not carry the signature of its workstation (altered or forged): nothing of its chain is merged.</source>
        <translation>L&apos;entrée %1 de %2 reçue de la base centrale ne porte pas la signature de son poste (modifiée ou fabriquée)&#x202f;: rien de sa chaîne n&apos;est fusionné.</translation>
    </message>
    <message>
        <source>Central holds back this workstation&apos;s entries from entry %1: they are dated more than %2 minutes ahead of its clock. They wait here; check this workstation&apos;s clock.</source>
        <translation>Le central retient les entrées de ce poste à partir de l&apos;entrée %1 : elles sont datées de plus de %2 minutes en avance sur son horloge. Elles attendent ici ; vérifiez l&apos;horloge de ce poste.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is dated %3, more than %4 minutes ahead of this workstation&apos;s clock: it and what follows wait until then. Check this workstation&apos;s clock.</source>
        <translation>L&apos;entrée %1 de %2 est datée du %3, plus de %4 minutes en avance sur l&apos;horloge de ce poste : elle et ce qui suit attendent jusque-là. Vérifiez l&apos;horloge de ce poste.</translation>
    </message>
</context>
<context>
    <name>vigie::sync::SyncStatus</name>
    <message>
        <source>Central: not configured</source>
        <translation>Centrale : non configurée</translation>
    </message>
    <message>
        <source>Central: connecting</source>
        <translation>Centrale : connexion…</translation>
    </message>
    <message>
        <source>Central: connected</source>
        <translation>Centrale : connectée</translation>
    </message>
    <message>
        <source>Central: offline</source>
        <translation>Centrale : hors ligne</translation>
    </message>
    <message>
        <source>Central: journal refused</source>
        <translation>Centrale : journal refusé</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Not synced yet since the workstation started.</source>
        <translation>Pas encore synchronisé depuis le démarrage du poste.</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::ClockSyncReader</name>
    <message>
        <source>Workstation clock synchronised (maximum error %1 ms).</source>
        <translation>Horloge du poste synchronisée (erreur maximale %1 ms).</translation>
    </message>
    <message>
        <source>Workstation clock synchronised.</source>
        <translation>Horloge du poste synchronisée.</translation>
    </message>
    <message>
        <source>Workstation clock NOT synchronised: the capture time may be wrong.</source>
        <translation>Horloge du poste NON synchronisée : l&apos;heure de constatation peut être fausse.</translation>
    </message>
    <message>
        <source>Workstation clock synchronisation unknown.</source>
        <translation>Synchronisation de l&apos;horloge du poste inconnue.</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::NatinfCatalogue</name>
    <message>
        <source>the class &quot;%1&quot; is not a number from 1 to 5.</source>
        <translation>la classe « %1 » n&apos;est pas un nombre de 1 à 5.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not an amount in euros.</source>
        <translation>le montant « %1 » n&apos;est pas un montant en euros.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>la date « %1 » n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither oui nor non.</source>
        <translation>« %1 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>The NATINF catalogue is empty: an administrator imports it with vigiectl natinf import.</source>
        <translation>Le catalogue NATINF est vide : un administrateur l&apos;importe avec vigiectl natinf import.</translation>
    </message>
    <message>
        <source>NATINF %1 is not in the catalogue.</source>
        <translation>Le NATINF %1 n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>NATINF %1 expired on %2: it can no longer be used.</source>
        <translation>Le NATINF %1 a expiré le %2 : il ne peut plus être utilisé.</translation>
    </message>
    <message>
        <source>NATINF %1 is valid only from %2.</source>
        <translation>Le NATINF %1 n&apos;est valable qu&apos;à partir du %2.</translation>
    </message>
    <message>
        <source>the NATINF code is missing.</source>
        <translation>le code NATINF manque.</translation>
    </message>
    <message>
        <source>the NATINF code &quot;%1&quot; is not a number of 1 to 6 digits.</source>
        <translation>le code NATINF « %1 » n&apos;est pas un nombre de 1 à 6 chiffres.</translation>
    </message>
    <message>
        <source>the label of NATINF %1 is missing.</source>
        <translation>le libellé du NATINF %1 manque.</translation>
    </message>
    <message>
        <source>the legal reference of NATINF %1 is missing.</source>
        <translation>la référence légale du NATINF %1 manque.</translation>
    </message>
    <message>
        <source>the class of NATINF %1 must be 1 to 5, not %2.</source>
        <translation>la classe du NATINF %1 doit être de 1 à 5, pas %2.</translation>
    </message>
    <message>
        <source>the standard amount of NATINF %1 is missing.</source>
        <translation>le montant forfaitaire du NATINF %1 manque.</translation>
    </message>
    <message>
        <source>the amounts of NATINF %1 must go reduced &lt;= standard &lt;= increased.</source>
        <translation>les montants du NATINF %1 doivent aller minoré &lt;= forfaitaire &lt;= majoré.</translation>
    </message>
    <message>
        <source>NATINF %1 would end before it starts (%2 before %3).</source>
        <translation>le NATINF %1 finirait avant de commencer (%2 avant %3).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 : enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not one of the catalogue&apos;s (code, libelle, reference, classe, minoree, forfaitaire, majoree, debut, fin, asvp, a_verifier), or appears twice.</source>
        <translation>la colonne « %1 » n&apos;est pas une de celles du catalogue (code, libelle, reference, classe, minoree, forfaitaire, majoree, debut, fin, asvp, a_verifier), ou figure deux fois.</translation>
    </message>
    <message>
        <source>the header line lacks the column &quot;%1&quot;.</source>
        <translation>il manque la colonne « %1 » à la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a separator too many or missing?).</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2 (un séparateur en trop ou manquant ?).</translation>
    </message>
    <message>
        <source>NATINF %1 already appears on an earlier line.</source>
        <translation>le NATINF %1 figure déjà sur une ligne précédente.</translation>
    </message>
    <message>
        <source>the file holds no offence.</source>
        <translation>le fichier ne contient aucune infraction.</translation>
    </message>
    <message>
        <source>The catalogue change is not valid: %1</source>
        <translation>La modification du catalogue n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Cannot save the NATINF catalogue</source>
        <translation>Impossible d&apos;enregistrer le catalogue NATINF</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::PlateRules</name>
    <message>
        <source>%1: SIV plates do not use the letters I, O and U.</source>
        <translation>%1 : les plaques SIV n&apos;utilisent pas les lettres I, O et U.</translation>
    </message>
    <message>
        <source>%1: the block SS is not issued on SIV plates.</source>
        <translation>%1 : le bloc SS n&apos;est pas attribué sur les plaques SIV.</translation>
    </message>
    <message>
        <source>%1: the number 000 is not issued on SIV plates.</source>
        <translation>%1 : le numéro 000 n&apos;est pas attribué sur les plaques SIV.</translation>
    </message>
    <message>
        <source>%1: an FNI plate&apos;s number has 1 to 4 digits.</source>
        <translation>%1 : le numéro d&apos;une plaque FNI compte 1 à 4 chiffres.</translation>
    </message>
    <message>
        <source>%1: an FNI plate&apos;s number does not start with 0.</source>
        <translation>%1 : le numéro d&apos;une plaque FNI ne commence pas par 0.</translation>
    </message>
    <message>
        <source>%1: department %2 does not exist on FNI plates (01 to 95, 2A, 2B, 971 to 976).</source>
        <translation>%1 : le département %2 n&apos;existe pas sur les plaques FNI (01 à 95, 2A, 2B, 971 à 976).</translation>
    </message>
    <message>
        <source>%1: a French plate holds only letters and digits (&quot;%2&quot; is neither).</source>
        <translation>%1 : une plaque française ne comporte que des lettres et des chiffres (« %2 » n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>%1 is neither an SIV plate (AA-123-AA) nor an FNI plate (1234 AB 75); for a foreign plate, give its country.</source>
        <translation>%1 n&apos;est ni une plaque SIV (AA-123-AA) ni une plaque FNI (1234 AB 75) ; pour une plaque étrangère, indiquez son pays.</translation>
    </message>
    <message>
        <source>%1: a plate holds only letters, digits, spaces and dashes (&quot;%2&quot; is not one).</source>
        <translation>%1 : une plaque ne comporte que des lettres, des chiffres, des espaces et des tirets (« %2 » n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>The plate is missing.</source>
        <translation>La plaque manque.</translation>
    </message>
    <message>
        <source>%1: a plate has at most 12 letters and digits.</source>
        <translation>%1 : une plaque compte au plus 12 lettres et chiffres.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (two letters: DE, BE, ES...).</source>
        <translation>%1 n&apos;est pas un code pays ISO 3166 (deux lettres : DE, BE, ES...).</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::TicketExport</name>
    <message>
        <source>synchronised</source>
        <translation>synchronisée</translation>
    </message>
    <message>
        <source>NOT synchronised</source>
        <translation>NON synchronisée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Video-verbalisation ticket %1</source>
        <translation>Procès-verbal de vidéo-verbalisation %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Seen live on</source>
        <translation>Constaté en direct le</translation>
    </message>
    <message>
        <source>%1 (workstation clock %2)</source>
        <translation>%1 (horloge du poste %2)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>%1 (INSEE %2)</source>
        <translation>%1 (INSEE %2)</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>NATINF %1: %2</source>
        <translation>NATINF %1 : %2</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Référence légale</translation>
    </message>
    <message>
        <source>Class, amount</source>
        <translation>Classe, montant</translation>
    </message>
    <message>
        <source>class %1, %2</source>
        <translation>classe %1, %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (%2), matricule %3, service %4</source>
        <translation>%1 (%2), matricule %3, service %4</translation>
    </message>
    <message>
        <source>Prefectoral authorisation</source>
        <translation>Autorisation préfectorale</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, message %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Frames (SHA-256 of each file)</source>
        <translation>Images (SHA-256 de chaque fichier)</translation>
    </message>
    <message>
        <source>Frame %1 (not on this workstation): SHA-256 %2</source>
        <translation>Image %1 (absente de ce poste) : SHA-256 %2</translation>
    </message>
    <message>
        <source>Frame %1, %2x%3: SHA-256 %4</source>
        <translation>Image %1, %2x%3 : SHA-256 %4</translation>
    </message>
    <message>
        <source>Ticket %1, workstation %2</source>
        <translation>Procès-verbal %1, poste %2</translation>
    </message>
    <message>
        <source>The PDF of ticket %1 could not be made: %2</source>
        <translation>Le PDF du procès-verbal %1 n&apos;a pas pu être produit : %2</translation>
    </message>
    <message>
        <source>The export format is json or pdf.</source>
        <translation>Le format d&apos;export est json ou pdf.</translation>
    </message>
    <message>
        <source>No ticket to export.</source>
        <translation>Aucun procès-verbal à exporter.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Rien n&apos;a été exporté.</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::TicketService</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cannot save the ticket</source>
        <translation>Impossible d&apos;enregistrer le procès-verbal</translation>
    </message>
    <message>
        <source>Camera %1 is not in the directory.</source>
        <translation>La caméra %1 n&apos;est pas dans le répertoire.</translation>
    </message>
    <message>
        <source>Camera %1 is out of service: no ticket can be drafted from it.</source>
        <translation>La caméra %1 est hors service : aucun procès-verbal ne peut être établi à partir d&apos;elle.</translation>
    </message>
    <message>
        <source>Camera %1 is not the commune&apos;s (%2): it cannot be used for video-verbalisation.</source>
        <translation>La caméra %1 n&apos;appartient pas à la commune (%2) : elle ne peut pas servir à la vidéo-verbalisation.</translation>
    </message>
    <message>
        <source>a bailleur&apos;s camera</source>
        <translation>caméra d&apos;un bailleur</translation>
    </message>
    <message>
        <source>another owner&apos;s camera</source>
        <translation>caméra d&apos;un autre propriétaire</translation>
    </message>
    <message>
        <source>Camera %1 is not named by the prefectoral authorisation for video-verbalisation.</source>
        <translation>La caméra %1 n&apos;est pas désignée par l&apos;autorisation préfectorale pour la vidéo-verbalisation.</translation>
    </message>
    <message>
        <source>No prefectoral authorisation is configured for video-verbalisation (vigie.conf, [verbalisation] authorisation): no ticket can be drafted.</source>
        <translation>Aucune autorisation préfectorale n&apos;est configurée pour la vidéo-verbalisation (vigie.conf, [verbalisation] authorisation) : aucun procès-verbal ne peut être établi.</translation>
    </message>
    <message>
        <source>%1 may not video-verbalise: NATINF %2 needs a municipal police agent or an ASVP.</source>
        <translation>%1 ne peut pas vidéo-verbaliser : le NATINF %2 demande un agent de police municipale ou un ASVP.</translation>
    </message>
    <message>
        <source>NATINF %1 (%2) is not a parking offence: only a municipal police agent may record it, not an ASVP.</source>
        <translation>Le NATINF %1 (%2) n&apos;est pas une infraction au stationnement : seul un agent de police municipale peut la relever, pas un ASVP.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (two letters: DE, BE, ES...).</source>
        <translation>%1 n&apos;est pas un code pays ISO 3166 (deux lettres : DE, BE, ES...).</translation>
    </message>
    <message>
        <source>no live picture</source>
        <translation>aucune image en direct</translation>
    </message>
    <message>
        <source>A ticket is drafted only from the camera&apos;s live picture, seen by the agent at that instant (%1).</source>
        <translation>Un procès-verbal ne s&apos;établit qu&apos;à partir de l&apos;image en direct de la caméra, vue par l&apos;agent à cet instant (%1).</translation>
    </message>
    <message>
        <source>Frame %1 of the capture is empty: nothing was recorded.</source>
        <translation>L&apos;image %1 de la capture est vide : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>The frames could not be stored (%1): nothing was recorded, what was typed is kept. Free some disk space and try again.</source>
        <translation>Les images n&apos;ont pas pu être enregistrées (%1) : rien n&apos;a été enregistré, la saisie est conservée. Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: it can no longer be edited, only cancelled.</source>
        <translation>Le procès-verbal %1 est %2 : il ne peut plus être modifié, seulement annulé.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2&apos;s draft: only the agent who saw the offence edits it.</source>
        <translation>Le procès-verbal %1 est le brouillon de %2 : seul l&apos;agent qui a constaté l&apos;infraction le modifie.</translation>
    </message>
    <message>
        <source>the plate</source>
        <translation>la plaque</translation>
    </message>
    <message>
        <source>the offence (NATINF)</source>
        <translation>l&apos;infraction (NATINF)</translation>
    </message>
    <message>
        <source>the agent&apos;s matricule</source>
        <translation>le matricule de l&apos;agent</translation>
    </message>
    <message>
        <source>the service code</source>
        <translation>le code service</translation>
    </message>
    <message>
        <source>a frame</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>the prefectoral authorisation</source>
        <translation>l&apos;autorisation préfectorale</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be validated: %2 missing.</source>
        <translation>Le procès-verbal %1 ne peut pas être validé : il manque %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is already %2.</source>
        <translation>Le procès-verbal %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Only the agent who saw the offence (%1) may validate ticket %2.</source>
        <translation>Seul l&apos;agent qui a constaté l&apos;infraction (%1) peut valider le procès-verbal %2.</translation>
    </message>
    <message>
        <source>The matricule %1 is not %2&apos;s.</source>
        <translation>Le matricule %1 n&apos;est pas celui de %2.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Il n&apos;y a pas de procès-verbal %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a validated ticket is exported.</source>
        <translation>Le procès-verbal %1 est %2 : seul un procès-verbal validé s&apos;exporte.</translation>
    </message>
    <message>
        <source>The PVe chain&apos;s message id is missing.</source>
        <translation>L&apos;identifiant du message de la chaîne PVe manque.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only an exported ticket is marked sent.</source>
        <translation>Le procès-verbal %1 est %2 : seul un procès-verbal exporté est marqué envoyé.</translation>
    </message>
    <message>
        <source>A cancellation needs its reason.</source>
        <translation>Une annulation demande son motif.</translation>
    </message>
    <message>
        <source>Ticket %1 is already cancelled.</source>
        <translation>Le procès-verbal %1 est déjà annulé.</translation>
    </message>
    <message>
        <source>Cannot read the tickets</source>
        <translation>Impossible de lire les procès-verbaux</translation>
    </message>
    <message>
        <source>The workstation clock was NOT synchronised at the capture: the time on the ticket may be wrong.</source>
        <translation>L&apos;horloge du poste n&apos;était PAS synchronisée lors de la constatation : l&apos;heure du procès-verbal peut être fausse.</translation>
    </message>
    <message>
        <source>Whether the workstation clock was synchronised at the capture is unknown.</source>
        <translation>On ignore si l&apos;horloge du poste était synchronisée lors de la constatation.</translation>
    </message>
    <message>
        <source>Fewer frames than asked: %1</source>
        <translation>Moins d&apos;images que demandé : %1</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has ticket(s) %2 at the same place within %3 min.</source>
        <translation>Doublon possible : %1 a déjà le(s) procès-verbal(aux) %2 au même endroit à moins de %3 min.</translation>
    </message>
</context>
<context>
    <name>vigie::video</name>
    <message>
        <source>All frames</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Reduced frame rate</source>
        <translation>Cadence réduite</translation>
    </message>
    <message>
        <source>Keyframes only</source>
        <translation>Images clés seulement</translation>
    </message>
    <message>
        <source>%1 (next try in %2 s)</source>
        <translation>%1 (nouvelle tentative dans %2 s)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vigie::video::LiveGrabber</name>
    <message>
        <source>no picture within %1 s</source>
        <translation>aucune image en %1 s</translation>
    </message>
    <message>
        <source>The camera&apos;s stream is not live: %1.</source>
        <translation>Le flux de la caméra n&apos;est pas en direct : %1.</translation>
    </message>
    <message>
        <source>no further picture within %1 s</source>
        <translation>plus aucune image en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Stream lost after %n picture(s) of %1: %2.</source>
        <translation>
            <numerusform>Flux perdu après %n image sur %1 : %2.</numerusform>
            <numerusform>Flux perdu après %n images sur %1 : %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::video::StreamEngine</name>
    <message>
        <source>The camera asks for a login and password.</source>
        <translation>La caméra demande un identifiant et un mot de passe.</translation>
    </message>
    <message>
        <source>The camera refused the login and password.</source>
        <translation>La caméra a refusé l&apos;identifiant et le mot de passe.</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>Le fichier vidéo ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The camera forbids access to this stream.</source>
        <translation>La caméra interdit l&apos;accès à ce flux.</translation>
    </message>
    <message>
        <source>The camera has no stream at this address (%1).</source>
        <translation>La caméra ne diffuse aucun flux à cette adresse (%1).</translation>
    </message>
    <message>
        <source>The video file does not exist (%1).</source>
        <translation>Le fichier vidéo n&apos;existe pas (%1).</translation>
    </message>
    <message>
        <source>Addresses of the kind &quot;%1&quot; are not supported.</source>
        <translation>Les adresses de type «&#xa0;%1&#xa0;» ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The stream&apos;s format is not recognised.</source>
        <translation>Le format du flux n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>Connexion refusée par %1.</translation>
    </message>
    <message>
        <source>No route to %1.</source>
        <translation>Aucune route réseau vers %1.</translation>
    </message>
    <message>
        <source>The camera did not answer in time.</source>
        <translation>La caméra n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The camera closed the connection.</source>
        <translation>La caméra a fermé la connexion.</translation>
    </message>
    <message>
        <source>The camera answered with an error (%1).</source>
        <translation>La caméra a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <source>Cannot read the stream (%1).</source>
        <translation>Impossible de lire le flux (%1).</translation>
    </message>
    <message>
        <source>The stream carries no video.</source>
        <translation>Le flux ne contient pas de vidéo.</translation>
    </message>
    <message>
        <source>No decoder for this stream&apos;s video.</source>
        <translation>Aucun décodeur pour la vidéo de ce flux.</translation>
    </message>
    <message>
        <source>No decoder for the %1 video of this stream.</source>
        <translation>Aucun décodeur pour la vidéo %1 de ce flux.</translation>
    </message>
    <message>
        <source>The file holds no picture that can be decoded.</source>
        <translation>Le fichier ne contient aucune image décodable.</translation>
    </message>
    <message>
        <source>The camera did not answer within %1 s.</source>
        <translation>La caméra n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>Connected, but no picture came within %1 s.</source>
        <translation>Caméra connectée, mais aucune image reçue dans les %1 s.</translation>
    </message>
    <message>
        <source>No picture for %1 s.</source>
        <translation>Aucune image depuis %1 s.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>La caméra a mis fin au flux.</translation>
    </message>
    <message>
        <source>The video engine failed: %1</source>
        <translation>Défaillance du moteur vidéo : %1</translation>
    </message>
</context>
<context>
    <name>vigie::walls::Tour</name>
    <message>
        <source>&quot;%1&quot; is not a camera number or a range such as 4-7.</source>
        <translation>« %1 » n&apos;est ni un numéro de caméra ni une plage comme 4-7.</translation>
    </message>
    <message>
        <source>A tour holds at most %1 cameras.</source>
        <translation>Une séquence compte au plus %1 caméras.</translation>
    </message>
    <message>
        <source>No camera in the tour.</source>
        <translation>Aucune caméra dans la séquence.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AcknowledgeDialog</name>
    <message>
        <source>Take over the room</source>
        <translation>Prendre la relève (chef de salle entrant)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>Outgoing chef de salle</source>
        <translation>Chef de salle sortant</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Consignes passées</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Camera faults</source>
        <translation>Défauts caméras</translation>
    </message>
    <message>
        <source>System faults</source>
        <translation>Défauts système</translation>
    </message>
    <message>
        <source>Incoming chef de salle</source>
        <translation>Chef de salle entrant</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and take over</source>
        <translation>Accuser &amp;réception et prendre la relève</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AddendumDialog</name>
    <message>
        <source>Addendum to the shift log</source>
        <translation>Addendum à la main courante</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>A&amp;ddendum</translation>
    </message>
    <message>
        <source>A&amp;dd (Ctrl+Enter)</source>
        <translation>A&amp;jouter (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AlarmListView</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <source>To the camera (Enter)</source>
        <translation>Voir la caméra (Entrée)</translation>
    </message>
    <message>
        <source>Acknowledge (A)</source>
        <translation>Acquitter (A)</translation>
    </message>
    <message>
        <source>Snooze (S)</source>
        <translation>Sourdine (S)</translation>
    </message>
    <message>
        <source>Incident (I)</source>
        <translation>Incident (I)</translation>
    </message>
    <message>
        <source>%1 on camera %2 at %3, detector &quot;%4&quot;</source>
        <translation>%1 sur la caméra %2 le %3, détecteur «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>No open alarm.</source>
        <translation>Aucune alarme ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s), newest first</source>
        <translation>
            <numerusform>%n alarme ouverte, la plus récente en haut</numerusform>
            <numerusform>%n alarmes ouvertes, les plus récentes en haut</numerusform>
        </translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Wrong way</source>
        <translation>Contresens</translation>
    </message>
    <message>
        <source>Saturated road</source>
        <translation>Voie saturée</translation>
    </message>
    <message>
        <source>Vehicle parked too long</source>
        <translation>Véhicule ventouse</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Maraudage</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Attroupement</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AnalyticsConfigDialog</name>
    <message>
        <source>Intrusion in a zone</source>
        <translation>Intrusion dans une zone</translation>
    </message>
    <message>
        <source>Line crossing (flow counting)</source>
        <translation>Franchissement de ligne (comptage de flux)</translation>
    </message>
    <message>
        <source>Road occupancy (saturation)</source>
        <translation>Occupation de voie (saturation)</translation>
    </message>
    <message>
        <source>Vehicle parked too long</source>
        <translation>Véhicule ventouse</translation>
    </message>
    <message>
        <source>Wrong-way traffic</source>
        <translation>Contresens</translation>
    </message>
    <message>
        <source>Loitering or gathering</source>
        <translation>Maraudage ou attroupement</translation>
    </message>
    <message>
        <source>Video detectors</source>
        <translation>Détecteurs vidéo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Detectors of the camera</source>
        <translation>Détecteurs de la caméra</translation>
    </message>
    <message>
        <source>&amp;New detector</source>
        <translation>&amp;Nouveau détecteur</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <source>&amp;Detectors:</source>
        <translation>Détecteu&amp;rs :</translation>
    </message>
    <message>
        <source>Zone: click each point; line: drag from one end to the other. Keyboard: Tab picks a point, arrows move it (Shift: faster), Insert adds one, Delete removes it.</source>
        <translation>Zone : cliquez chaque point ; ligne : glissez d&apos;une extrémité à l&apos;autre. Clavier : Tab choisit un point, les flèches le déplacent (Maj : plus vite), Inser en ajoute un, Suppr l&apos;enlève.</translation>
    </message>
    <message>
        <source>e.g. portail-ecole</source>
        <translation>par ex. portail-ecole</translation>
    </message>
    <message>
        <source>X,Y;X,Y;… from 0 to 1</source>
        <translation>X,Y;X,Y;… de 0 à 1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>empty: always</source>
        <translation>vide : toujours</translation>
    </message>
    <message>
        <source>Time ranges, then days (1 Monday to 7 Sunday), e.g. %1</source>
        <translation>Plages d&apos;heures, puis jours (1 lundi à 7 dimanche), par ex. %1</translation>
    </message>
    <message>
        <source>After school &amp;hours</source>
        <translation>&amp;Hors heures scolaires</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;f</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points :</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>Sensi&amp;bilité :</translation>
    </message>
    <message>
        <source>Smallest &amp;object (share of the picture):</source>
        <translation>Plus petit &amp;objet (part de l&apos;image) :</translation>
    </message>
    <message>
        <source>Held at least:</source>
        <translation>Tenu au moins :</translation>
    </message>
    <message>
        <source>Lawful &amp;direction (0 right, 90 down):</source>
        <translation>Sens &amp;autorisé (0 droite, 90 bas) :</translation>
    </message>
    <message>
        <source>Saturation &amp;threshold:</source>
        <translation>Seuil de sat&amp;uration :</translation>
    </message>
    <message>
        <source>Saturation held for:</source>
        <translation>Saturation tenue pendant :</translation>
    </message>
    <message>
        <source>Parked for:</source>
        <translation>Stationné depuis :</translation>
    </message>
    <message>
        <source>Checked again every:</source>
        <translation>Revérifié toutes les :</translation>
    </message>
    <message>
        <source>&amp;Loitering after:</source>
        <translation>Marau&amp;dage après :</translation>
    </message>
    <message>
        <source>Objects at once (gathering above 1):</source>
        <translation>Objets simultanés (attroupement au-delà de 1) :</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Pla&amp;ges horaires :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>X1,Y1,X2,Y2 from 0 to 1</source>
        <translation>X1,Y1,X2,Y2 de 0 à 1</translation>
    </message>
    <message>
        <source>X,Y;X,Y;… from 0 to 1 (empty: the whole picture)</source>
        <translation>X,Y;X,Y;… de 0 à 1 (vide : toute l&apos;image)</translation>
    </message>
    <message>
        <source>Draw the line on the picture.</source>
        <translation>Tracez la ligne sur l&apos;image.</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 saved.</source>
        <translation>Détecteur %1 de la caméra %2 enregistré.</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 removed.</source>
        <translation>Détecteur %1 de la caméra %2 supprimé.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AnalyticsReportView</name>
    <message>
        <source>Counts and occupancy</source>
        <translation>Comptages et occupation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>Ca&amp;méra :</translation>
    </message>
    <message>
        <source>&amp;Detector:</source>
        <translation>&amp;Détecteur :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Export the counts</source>
        <translation>Exporter les comptages</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nothing was counted on this camera over this period.</source>
        <translation>Rien n&apos;a été compté sur cette caméra pendant cette période.</translation>
    </message>
    <message>
        <source>counts-camera-%1-%2-%3.csv</source>
        <translation>comptages-camera-%1-%2-%3.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Counts exported to %1.</source>
        <translation>Comptages exportés dans %1.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>non observé</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Partly observed: the counts cover only this time (the camera was lost or the analytics stopped for the rest).</source>
        <translation>Observé en partie : les comptages ne portent que sur cette durée (caméra perdue ou analyse arrêtée le reste du temps).</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurCallPanel</name>
    <message>
        <source>Bailleur calls</source>
        <translation>Appels bailleur</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source>Name: the last callers and the landlords&apos; contacts are suggested</source>
        <translation>Nom : les derniers appelants et les contacts des bailleurs sont proposés</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Matricule</source>
        <translation>&amp;Matricule</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>Se&amp;ns</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Why the entry is corrected (required)</source>
        <translation>Motif de la correction (obligatoire)</translation>
    </message>
    <message>
        <source>Enter saves the call, Ctrl+Enter saves it and opens its request; Escape closes without saving.</source>
        <translation>Entrée enregistre l&apos;appel, Ctrl+Entrée l&apos;enregistre et ouvre sa demande ; Échap ferme sans enregistrer.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Request of the selected call (Ctrl+R)</source>
        <translation>Demande de l&apos;appel choisi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Correct the selected call (Ctrl+E)</source>
        <translation>Corriger l&apos;appel choisi (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Appels récents</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>from the telephone exchange</source>
        <translation>issu du standard téléphonique</translation>
    </message>
    <message>
        <source>contact of %1</source>
        <translation>contact de %1</translation>
    </message>
    <message>
        <source>recent caller, %1</source>
        <translation>appelant récent, %1</translation>
    </message>
    <message>
        <source>The call log is not available.</source>
        <translation>Le registre des appels n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Say why the entry is corrected: the original stays in the register beside the correction.</source>
        <translation>Indiquez le motif de la correction : l&apos;entrée d&apos;origine reste au registre à côté de la correction.</translation>
    </message>
    <message>
        <source>Select a call in the list first (Tab to the list, then the arrows).</source>
        <translation>Choisissez d&apos;abord un appel dans la liste (Tab jusqu&apos;à la liste, puis les flèches).</translation>
    </message>
    <message>
        <source>Correcting the call of %1:</source>
        <translation>Correction de l&apos;appel de %1 :</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurKeys</name>
    <message>
        <source>Bailleur dialogs</source>
        <translation>Dialogues bailleur</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Calls: save the call (a suggestion first, if one is chosen)</source>
        <translation>Appels : enregistrer l&apos;appel (d&apos;abord la suggestion choisie, s&apos;il y en a une)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Calls: save and open the request; request: accept it</source>
        <translation>Appels : enregistrer et ouvrir la demande ; demande : l&apos;accepter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Maj+Entrée</translation>
    </message>
    <message>
        <source>Request: refuse it, with the reason</source>
        <translation>Demande : la refuser, avec le motif</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Calls: correct the selected call; sessions: extend, with the reason</source>
        <translation>Appels : corriger l&apos;appel choisi ; sessions : prolonger, avec le motif</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Sessions: close the selected session</source>
        <translation>Sessions : fermer la session choisie</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurRegisterView</name>
    <message>
        <source>Bailleur camera access register</source>
        <translation>Registre des accès aux caméras des bailleurs</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée du registre</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Viewing time</source>
        <translation>Durée de visionnage</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>The supervisor&apos;s remark on the period (optional)</source>
        <translation>Observation du chef de salle sur la période (facultative)</translation>
    </message>
    <message>
        <source>Review and &amp;visa the period</source>
        <translation>Contrôler et &amp;viser la période</translation>
    </message>
    <message>
        <source>Every landlord</source>
        <translation>Tous les bailleurs</translation>
    </message>
    <message>
        <source>Export &amp;PDF (authorities)</source>
        <translation>Exporter en &amp;PDF (autorités)</translation>
    </message>
    <message>
        <source>Export &amp;CSV (landlord)</source>
        <translation>Exporter en &amp;CSV (bailleur)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To (included)</source>
        <translation>&amp;Au (inclus)</translation>
    </message>
    <message>
        <source>Totals per month and per landlord</source>
        <translation>Totaux par mois et par bailleur</translation>
    </message>
    <message>
        <source>%1 call (%2), %3: %4 %5</source>
        <translation>Appel %1 (%2), %3 : %4 %5</translation>
    </message>
    <message>
        <source> — from the telephone exchange</source>
        <translation> — issu du standard téléphonique</translation>
    </message>
    <message>
        <source>Correction (%1): %2</source>
        <translation>Correction (%1) : %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>%1; cameras %2</source>
        <translation>%1 ; caméras %2</translation>
    </message>
    <message>
        <source>; intervention %1</source>
        <translation> ; intervention %1</translation>
    </message>
    <message>
        <source> — refused: %1</source>
        <translation> — refusée : %1</translation>
    </message>
    <message>
        <source> — accepted</source>
        <translation> — acceptée</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Cameras %1; %2</source>
        <translation>Caméras %1 ; %2</translation>
    </message>
    <message>
        <source> — open until %1</source>
        <translation> — ouverte jusqu&apos;à %1</translation>
    </message>
    <message>
        <source> — closed by hand at %1 by %2</source>
        <translation> — fermée manuellement à %1 par %2</translation>
    </message>
    <message>
        <source> — closed at its limit, %1</source>
        <translation> — fermée à son terme, %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n extension(s)</source>
        <translation>
            <numerusform> ; %n prolongation</numerusform>
            <numerusform> ; %n prolongations</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>%1: %2 (cameras %3)</source>
        <translation>%1 : %2 (caméras %3)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>Visa of %1 on %2 for %3 – %4%5</source>
        <translation>Visa de %1 le %2 pour la période du %3 au %4%5</translation>
    </message>
    <message>
        <source>No visa on this period yet.</source>
        <translation>Aucun visa sur cette période pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Visa recorded for %1 – %2.</source>
        <translation>Visa enregistré pour la période du %1 au %2.</translation>
    </message>
    <message>
        <source>bailleur-register-%1-%2</source>
        <translation>registre-bailleurs-%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>Register written to %1 (%n entry(ies), SHA-256 %2).</source>
        <translation>
            <numerusform>Registre écrit dans %1 (%n entrée, SHA-256 %2).</numerusform>
            <numerusform>Registre écrit dans %1 (%n entrées, SHA-256 %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurRequestDialog</name>
    <message>
        <source>Bailleur request</source>
        <translation>Demande du bailleur</translation>
    </message>
    <message>
        <source>(no incident)</source>
        <translation>(aucun incident)</translation>
    </message>
    <message>
        <source>The intervention it serves: crew, address</source>
        <translation>L&apos;intervention qu&apos;elle sert : équipage, adresse</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only to refuse: why</source>
        <translation>Seulement pour refuser : le motif</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>&amp;Situation (digit)</source>
        <translation>&amp;Situation (chiffre)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>Inter&amp;vention</source>
        <translation>Inter&amp;vention</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <source>C&amp;ameras (Space ticks)</source>
        <translation>C&amp;améras (Espace coche)</translation>
    </message>
    <message>
        <source>&amp;Duration asked</source>
        <translation>&amp;Durée demandée</translation>
    </message>
    <message>
        <source>&amp;Reason of a refusal</source>
        <translation>&amp;Motif d&apos;un refus</translation>
    </message>
    <message>
        <source>Accept and open the session (Ctrl+Enter)</source>
        <translation>Accepter et ouvrir la session (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Refuse (Ctrl+Shift+Enter)</source>
        <translation>Refuser (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No convention: no landlord&apos;s camera may be viewed.</source>
        <translation>Aucune convention : aucune caméra de bailleur ne peut être visionnée.</translation>
    </message>
    <message numerus="yes">
        <source>Approved by the préfet on %1, in force until %2; sessions of %n minute(s) at most.</source>
        <translation>
            <numerusform>Approuvée par le préfet le %1, en vigueur jusqu&apos;au %2 ; sessions de %n minute au plus.</numerusform>
            <numerusform>Approuvée par le préfet le %1, en vigueur jusqu&apos;au %2 ; sessions de %n minutes au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every building of the convention</source>
        <translation>Tous les bâtiments de la convention</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose the situation the landlord invokes (its digit).</source>
        <translation>Choisissez la situation invoquée par le bailleur (son chiffre).</translation>
    </message>
    <message>
        <source>Tick at least one camera (Space in the list).</source>
        <translation>Cochez au moins une caméra (Espace dans la liste).</translation>
    </message>
    <message>
        <source>Type why the request is refused: the refusal goes into the register with its reason.</source>
        <translation>Saisissez le motif du refus : le refus est inscrit au registre avec son motif.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurSessionsDialog</name>
    <message>
        <source>Bailleur viewing sessions</source>
        <translation>Sessions de visionnage bailleur</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte à</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Prolongations</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Why it is extended (required) or closed</source>
        <translation>Motif de la prolongation (obligatoire) ou de la fermeture</translation>
    </message>
    <message>
        <source>E&amp;xtend by</source>
        <translation>Pr&amp;olonger de</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Show on the wall (Enter)</source>
        <translation>Afficher sur le mur (Entrée)</translation>
    </message>
    <message>
        <source>Extend (Ctrl+E)</source>
        <translation>Prolonger (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close the session (Del)</source>
        <translation>Fermer la session (Suppr)</translation>
    </message>
    <message>
        <source>Landlord&apos;s alert: new request (Ctrl+N)</source>
        <translation>Alerte du bailleur : nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>Aucune session ouverte.</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Choisissez d&apos;abord une session.</translation>
    </message>
    <message>
        <source>An extension is a decision of its own: type its reason.</source>
        <translation>Une prolongation est une décision à part entière : saisissez son motif.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurTile</name>
    <message>
        <source>%1 left — bailleur %2</source>
        <translation>reste %1 — bailleur %2</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraChooser</name>
    <message>
        <source>Which camera?</source>
        <translation>Quelle caméra ?</translation>
    </message>
    <message>
        <source>Camera number, or part of its name or place</source>
        <translation>Numéro de la caméra, ou une partie de son nom ou de son lieu</translation>
    </message>
    <message>
        <source>Up/Down to pick, Enter to choose, Escape to cancel.</source>
        <translation>Haut/Bas pour parcourir, Entrée pour choisir, Échap pour annuler.</translation>
    </message>
    <message>
        <source>No camera matches &quot;%1&quot;.</source>
        <translation>Aucune caméra ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Choose a camera in the list, or Escape to cancel.</source>
        <translation>Choisissez une caméra dans la liste, ou Échap pour annuler.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraDirectoryDialog</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <source>Verbalisation</source>
        <translation>Vidéoverbalisation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Bailleur (%1)</source>
        <translation>Bailleur (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera directory</source>
        <translation>Annuaire des caméras</translation>
    </message>
    <message>
        <source>Import cameras</source>
        <translation>Importer des caméras</translation>
    </message>
    <message>
        <source>Camera files (*.csv *.json)</source>
        <translation>Fichiers de caméras (*.csv *.json)</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Exporter l&apos;annuaire</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Compte de %1</translation>
    </message>
    <message>
        <source>The camera&apos;s ONVIF account (its administrator&apos;s), to read its streams. It goes to the keyring.</source>
        <translation>Le compte ONVIF de la caméra (celui de son administrateur), pour lire ses flux. Il est rangé dans le trousseau.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Search by number, name, street or zone</source>
        <translation>Chercher par numéro, nom, rue ou quartier</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <source>Add the selected &amp;device…</source>
        <translation>&amp;Ajouter l&apos;appareil sélectionné…</translation>
    </message>
    <message>
        <source>The ONVIF cameras answering on the network that are not in the directory yet.</source>
        <translation>Les caméras ONVIF qui répondent sur le réseau et ne sont pas encore dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Retired (kept with their history)</source>
        <translation>Retirées (gardées avec leur historique)</translation>
    </message>
    <message>
        <source>ONVIF discovery</source>
        <translation>Découverte ONVIF</translation>
    </message>
    <message>
        <source>&amp;New camera… (Ins)</source>
        <translation>&amp;Nouvelle caméra… (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Modifier… (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Retire… (Del)</source>
        <translation>&amp;Retirer… (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Retired (kept with their history): %1</source>
        <translation>Retirées (gardées avec leur historique) : %1</translation>
    </message>
    <message>
        <source>In service: %1</source>
        <translation>En service : %1</translation>
    </message>
    <message>
        <source>Camera %1 saved.</source>
        <translation>Caméra %1 enregistrée.</translation>
    </message>
    <message>
        <source>Select a camera in service first.</source>
        <translation>Sélectionnez d&apos;abord une caméra en service.</translation>
    </message>
    <message>
        <source>Retire camera %1? It leaves the walls for good; it stays in the directory with its history and records, among the retired cameras.</source>
        <translation>Retirer la caméra %1 ? Elle quitte les murs pour de bon ; elle reste dans l&apos;annuaire avec son historique et ses enregistrements, parmi les caméras retirées.</translation>
    </message>
    <message>
        <source>Camera %1 retired.</source>
        <translation>Caméra %1 retirée du service.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé : %2</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 n&apos;a pas été importé, rien n&apos;a été modifié : %2</translation>
    </message>
    <message>
        <source>%1 was not imported: lines are refused, nothing was changed.</source>
        <translation>%1 n&apos;a pas été importé : des lignes sont refusées, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 imported: </source>
        <translation>%1 importé : </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) added, </source>
        <translation>
            <numerusform>%n caméra ajoutée, </numerusform>
            <numerusform>%n caméras ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused line(s) left out.</source>
        <translation>
            <numerusform> ; %n ligne refusée laissée de côté.</numerusform>
            <numerusform> ; %n lignes refusées laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>Import de %1 annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) exported to %1 (without their credentials).</source>
        <translation>
            <numerusform>%n caméra exportée dans %1 (sans ses identifiants).</numerusform>
            <numerusform>%n caméras exportées dans %1 (sans leurs identifiants).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for ONVIF cameras on the network…</source>
        <translation>Recherche des caméras ONVIF sur le réseau…</translation>
    </message>
    <message>
        <source>No ONVIF camera answered.</source>
        <translation>Aucune caméra ONVIF n&apos;a répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) answered, </source>
        <translation>
            <numerusform>%n caméra a répondu, </numerusform>
            <numerusform>%n caméras ont répondu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the directory yet.</source>
        <translation>
            <numerusform>%n pas encore dans l&apos;annuaire.</numerusform>
            <numerusform>%n pas encore dans l&apos;annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: its streams are filled in; complete the form and save.</source>
        <translation>%1 lue : ses flux sont remplis ; complétez la fiche et enregistrez.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraForm</name>
    <message>
        <source>New camera</source>
        <translation>Nouvelle caméra</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Caméra %1</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>what operators call it on the radio</source>
        <translation>celui que les opérateurs disent à la radio</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Quartier</translation>
    </message>
    <message>
        <source>district or sector</source>
        <translation>quartier ou secteur</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>the street it looks onto</source>
        <translation>la rue qu&apos;elle filme</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;INSEE code</source>
        <translation>Code &amp;INSEE</translation>
    </message>
    <message>
        <source>92002</source>
        <translation>92002</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>La&amp;titude</translation>
    </message>
    <message>
        <source>degrees, e.g. 48.7543</source>
        <translation>degrés, par ex. 48,7543</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitude</translation>
    </message>
    <message>
        <source>degrees, e.g. 2.2976</source>
        <translation>degrés, par ex. 2,2976</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>degrees, 0 north, 90 east</source>
        <translation>degrés, 0 nord, 90 est</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Bailleur (under a convention)</source>
        <translation>Bailleur (sous convention)</translation>
    </message>
    <message>
        <source>Other owner</source>
        <translation>Autre propriétaire</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>the bailleur&apos;s convention</source>
        <translation>la convention du bailleur</translation>
    </message>
    <message>
        <source>&amp;Main stream</source>
        <translation>Flux &amp;principal</translation>
    </message>
    <message>
        <source>rtsp://host:554/...</source>
        <translation>rtsp://hôte:554/...</translation>
    </message>
    <message>
        <source>&amp;Sub-stream</source>
        <translation>Flux &amp;secondaire</translation>
    </message>
    <message>
        <source>empty: a single stream</source>
        <translation>vide : un seul flux</translation>
    </message>
    <message>
        <source>ONVIF add&amp;ress</source>
        <translation>Ad&amp;resse ONVIF</translation>
    </message>
    <message>
        <source>http://host/onvif/device_service (PTZ)</source>
        <translation>http://hôte/onvif/device_service (PTZ)</translation>
    </message>
    <message>
        <source>empty: unchanged</source>
        <translation>vide : inchangé</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Main stream&apos;s &amp;account</source>
        <translation>&amp;Compte du flux principal</translation>
    </message>
    <message>
        <source>Sub-stream&apos;s acc&amp;ount</source>
        <translation>Co&amp;mpte du flux secondaire</translation>
    </message>
    <message>
        <source>ONVIF device&apos;s account</source>
        <translation>Compte de l&apos;équipement ONVIF</translation>
    </message>
    <message>
        <source>The credentials go to this desk&apos;s keyring, never to the directory, its journal or an export.</source>
        <translation>Les identifiants vont dans le trousseau de ce poste, jamais dans l&apos;annuaire, son journal ni un export.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>Conse&amp;rvation</translation>
    </message>
    <message>
        <source>Motorised (&amp;PTZ)</source>
        <translation>Motorisée (P&amp;TZ)</translation>
    </message>
    <message>
        <source>Named by the prefectoral authorisation for &amp;video-verbalisation</source>
        <translation>Nommée par l&apos;autorisation préfectorale pour la &amp;vidéoverbalisation</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The number &quot;%1&quot; is not a positive whole number.</source>
        <translation>Le numéro « %1 » n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <source>Camera %1 is saved, but not this account: %2</source>
        <translation>La caméra %1 est enregistrée, mais pas ce compte : %2</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraGroupsDialog</name>
    <message>
        <source>My groups of cameras</source>
        <translation>Mes groupes de caméras</translation>
    </message>
    <message>
        <source>Group of cameras</source>
        <translation>Groupe de caméras</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message>
        <source>&amp;New group from the tree&apos;s selection…</source>
        <translation>&amp;Nouveau groupe avec la sélection de l&apos;arbre…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Add the tree&apos;s selection</source>
        <translation>&amp;Ajouter la sélection de l&apos;arbre</translation>
    </message>
    <message>
        <source>Re&amp;move the camera</source>
        <translation>Re&amp;tirer la caméra</translation>
    </message>
    <message>
        <source>&amp;Delete the group</source>
        <translation>&amp;Supprimer le groupe</translation>
    </message>
    <message>
        <source>Put on the focused &amp;wall (Enter)</source>
        <translation>Mettre sur le &amp;mur actif (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Groups (yours only, on every desk)</source>
        <translation>Groupes (les vôtres seulement, sur tous les postes)</translation>
    </message>
    <message>
        <source>Cameras of the group</source>
        <translation>Caméras du groupe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n camera(s))</source>
        <translation>
            <numerusform>%1 (%n caméra)</numerusform>
            <numerusform>%1 (%n caméras)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in service)</source>
        <translation>%1 (hors service)</translation>
    </message>
    <message>
        <source>Select a group here and cameras in the tree first.</source>
        <translation>Sélectionnez d&apos;abord un groupe ici et des caméras dans l&apos;arbre.</translation>
    </message>
    <message>
        <source>Select a camera of the group first.</source>
        <translation>Sélectionnez d&apos;abord une caméra du groupe.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n valid camera(s) in %1: </source>
        <translation>
            <numerusform>%n caméra valide dans %1 : </numerusform>
            <numerusform>%n caméras valides dans %1 : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new, </source>
        <translation>
            <numerusform>%n nouvelle, </numerusform>
            <numerusform>%n nouvelles, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed.</source>
        <translation>
            <numerusform>%n modifiée.</numerusform>
            <numerusform>%n modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line is refused.</source>
        <translation>Aucune ligne n&apos;est refusée.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused, listed below: the file imports whole only once they are corrected.</source>
        <translation>
            <numerusform>%n ligne refusée, ci-dessous : le fichier ne s&apos;importe en entier qu&apos;une fois corrigé.</numerusform>
            <numerusform>%n lignes refusées, ci-dessous : le fichier ne s&apos;importe en entier qu&apos;une fois corrigé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;whole file</source>
        <translation>Importer &amp;tout le fichier</translation>
    </message>
    <message>
        <source>Import the &amp;valid lines only</source>
        <translation>Importer les lignes &amp;valides seulement</translation>
    </message>
    <message>
        <source>&amp;Cancel: import nothing</source>
        <translation>&amp;Annuler : ne rien importer</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraMap</name>
    <message>
        <source>Find a camera on the map: number, name or street</source>
        <translation>Trouver une caméra sur la carte : numéro, nom ou rue</translation>
    </message>
    <message>
        <source>Show all (Home)</source>
        <translation>Tout afficher (Origine)</translation>
    </message>
    <message>
        <source>Wheel or +/−: zoom · drag: move · click a camera: focused tile · drag a camera: onto a wall</source>
        <translation>Molette ou +/− : zoom · glisser : déplacer · clic sur une caméra : vignette active · glisser une caméra : sur un mur</translation>
    </message>
    <message>
        <source>Not on the plan (%1)</source>
        <translation>Hors du plan (%1)</translation>
    </message>
    <message>
        <source>The map&apos;s plan %1 is missing: the cameras are shown on a plain background.</source>
        <translation>Le plan de la carte %1 est introuvable : les caméras sont affichées sur un fond uni.</translation>
    </message>
    <message>
        <source>The map&apos;s plan %1 cannot be read (%2): the cameras are shown on a plain background.</source>
        <translation>Le plan de la carte %1 ne peut être lu (%2) : les caméras sont affichées sur un fond uni.</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sans coordonnées</translation>
    </message>
    <message>
        <source>outside the plan</source>
        <translation>hors du plan</translation>
    </message>
    <message>
        <source>Retired from service</source>
        <translation>Retirée du service</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not on the plan</source>
        <translation>
            <numerusform>, dont %n hors du plan</numerusform>
            <numerusform>, dont %n hors du plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera map</source>
        <translation>Carte des caméras</translation>
    </message>
    <message>
        <source>Number, name or street</source>
        <translation>Numéro, nom ou rue</translation>
    </message>
    <message>
        <source>Find the camera and centre on it; Enter shows it on the focused tile</source>
        <translation>Trouver la caméra et centrer la carte sur elle ; Entrée l&apos;affiche sur la vignette active</translation>
    </message>
    <message>
        <source>Wheel, + and -, arrows, Home</source>
        <translation>Molette, + et -, flèches, Origine</translation>
    </message>
    <message>
        <source>Zoom, move the plan (or drag it), show it all</source>
        <translation>Zoomer, déplacer le plan (ou le glisser), tout afficher</translation>
    </message>
    <message>
        <source>Click or drag a camera</source>
        <translation>Clic ou glisser sur une caméra</translation>
    </message>
    <message>
        <source>Onto the focused tile, or onto a wall tile</source>
        <translation>Sur la vignette active, ou sur une vignette d&apos;un mur</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Connecting or reconnecting</source>
        <translation>Connexion ou reconnexion</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Not yet seen</source>
        <translation>Pas encore vue</translation>
    </message>
    <message>
        <source>Disabled or retired</source>
        <translation>Désactivée ou retirée</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>En alarme</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraTree</name>
    <message>
        <source>Search a camera (Ctrl+F)</source>
        <translation>Rechercher une caméra (Ctrl+F)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Bailleur (convention %1)</source>
        <translation>Bailleur (convention %1)</translation>
    </message>
    <message>
        <source>Other owners</source>
        <translation>Autres propriétaires</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoris</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CountChart</name>
    <message>
        <source>Counts per direction</source>
        <translation>Comptages par sens</translation>
    </message>
    <message>
        <source>Nothing counted over this period.</source>
        <translation>Rien de compté pendant cette période.</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>partly observed</source>
        <translation>observé en partie</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>non observé</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::DetectorCanvas</name>
    <message>
        <source>Detector&apos;s picture: zone or line</source>
        <translation>Image du détecteur : zone ou ligne</translation>
    </message>
    <message>
        <source>No picture of this camera yet: the points can still be drawn.</source>
        <translation>Pas encore d&apos;image de cette caméra : les points peuvent quand même être tracés.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::HandOverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation>Passer les consignes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — chef de salle: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — chef de salle : %2</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Camera faults</source>
        <translation>Défauts caméras</translation>
    </message>
    <message>
        <source>System faults</source>
        <translation>Défauts système</translation>
    </message>
    <message>
        <source>&amp;Pending actions</source>
        <translation>Actions en c&amp;ours</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Consignes</translation>
    </message>
    <message>
        <source>&amp;Camera faults</source>
        <translation>Défauts ca&amp;méras</translation>
    </message>
    <message>
        <source>S&amp;ystem faults</source>
        <translation>Défauts &amp;système</translation>
    </message>
    <message>
        <source>&amp;RAS in empty fields</source>
        <translation>&amp;RAS dans les champs vides</translation>
    </message>
    <message>
        <source>Fills every empty field with &quot;RAS&quot; (nothing to report)</source>
        <translation>Remplit chaque champ vide avec «&#xa0;RAS&#xa0;» (rien à signaler)</translation>
    </message>
    <message>
        <source>&amp;Hand over (Ctrl+Enter)</source>
        <translation>&amp;Passer les consignes (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::IncidentDialog</name>
    <message>
        <source>Incident — main courante</source>
        <translation>Incident — main courante</translation>
    </message>
    <message>
        <source>Only where the intervention needs it</source>
        <translation>Uniquement si l&apos;intervention l&apos;exige</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incident clos</translation>
    </message>
    <message>
        <source>3. What happened</source>
        <translation>3. Description des faits</translation>
    </message>
    <message>
        <source>4. Persons involved</source>
        <translation>4. Personnes concernées</translation>
    </message>
    <message>
        <source>5. Partners alerted (digit stamps the time)</source>
        <translation>5. Partenaires alertés (le chiffre horodate l&apos;alerte)</translation>
    </message>
    <message>
        <source>6. Outcome</source>
        <translation>6. Suites données</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>0  (none)</source>
        <translation>0  (aucune)</translation>
    </message>
    <message>
        <source>Type the number of the category.</source>
        <translation>Tapez le numéro de la catégorie.</translation>
    </message>
    <message>
        <source>Describe what happened; Enter moves on, Shift+Enter starts a new line.</source>
        <translation>Décrivez les faits ; Entrée passe au champ suivant, Maj+Entrée va à la ligne.</translation>
    </message>
    <message>
        <source>Persons involved, only where needed; Enter moves on.</source>
        <translation>Personnes concernées, uniquement si nécessaire ; Entrée passe au champ suivant.</translation>
    </message>
    <message>
        <source>Type the number of each partner alerted; Enter moves on.</source>
        <translation>Tapez le numéro de chaque partenaire alerté ; Entrée passe au champ suivant.</translation>
    </message>
    <message>
        <source>Outcome; Ctrl+Enter saves.</source>
        <translation>Suites données ; Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>Incident dialog</source>
        <translation>Fenêtre d&apos;incident</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Choose the category or sub-category (0: none); tick a partner and stamp the time</source>
        <translation>Choisir la catégorie ou la sous-catégorie (0 : aucune) ; cocher un partenaire et horodater son alerte</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Entrée ou Tab</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Maj+Tab</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Champ précédent</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <source>New line in the description</source>
        <translation>Nouvelle ligne dans la description</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Enregistrer l&apos;incident</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>1. Category (number, Enter)</source>
        <translation>1. Catégorie (numéro, Entrée)</translation>
    </message>
    <message>
        <source>2. Sub-category (number, 0 or Enter for none)</source>
        <translation>2. Sous-catégorie (numéro, 0 ou Entrée pour aucune)</translation>
    </message>
    <message>
        <source>Category %1… type its second digit, or Enter.</source>
        <translation>Catégorie %1… tapez son second chiffre, ou Entrée.</translation>
    </message>
    <message>
        <source>Type the number of the sub-category; 0 or Enter for none.</source>
        <translation>Tapez le numéro de la sous-catégorie ; 0 ou Entrée pour aucune.</translation>
    </message>
    <message>
        <source>Sub-category %1… type its second digit, or Enter.</source>
        <translation>Sous-catégorie %1… tapez son second chiffre, ou Entrée.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::IncidentPanel</name>
    <message>
        <source>Search the main courante</source>
        <translation>Rechercher dans la main courante</translation>
    </message>
    <message>
        <source>New incident (F2)</source>
        <translation>Nouvel incident (F2)</translation>
    </message>
    <message>
        <source>No shift open: the last 24 hours.</source>
        <translation>Aucune vacation ouverte : dernières 24 heures.</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>Vacation : %1</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>caméra %1</translation>
    </message>
    <message>
        <source>Edited on two workstations at once: check the journal.</source>
        <translation>Modifié simultanément sur deux postes : vérifiez le journal.</translation>
    </message>
    <message>
        <source>No incident yet.</source>
        <translation>Aucun incident pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::LockDialog</name>
    <message>
        <source>Vigie — Desk locked</source>
        <translation>Vigie — Pupitre verrouillé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Desk locked&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;Pupitre verrouillé&lt;/b&gt; depuis %1</translation>
    </message>
    <message>
        <source>Session of %1. It can be unlocked by this operator or by a supervisor.</source>
        <translation>Session de %1. Le pupitre peut être déverrouillé par cet opérateur ou par un chef de salle.</translation>
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
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
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
    <name>vigie::widgets::MaintenanceView</name>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 jours)</translation>
    </message>
    <message>
        <source>Camera maintenance</source>
        <translation>Maintenance des caméras</translation>
    </message>
    <message>
        <source>Export the maintenance report</source>
        <translation>Exporter le rapport de maintenance</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Down time</source>
        <translation>Durée de panne</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>En panne depuis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) down now</source>
        <translation>
            <numerusform>%n caméra hors service</numerusform>
            <numerusform>%n caméras hors service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) in service</source>
        <translation>
            <numerusform>%n caméra en service</numerusform>
            <numerusform>%n caméras en service</numerusform>
        </translation>
    </message>
    <message>
        <source>maintenance-%1.%2</source>
        <translation>maintenance-%1.%2</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::MapPlan</name>
    <message>
        <source>The plan&apos;s bounds are incomplete: %1 is missing in vigie.conf.</source>
        <translation>Les limites du plan sont incomplètes : %1 manque dans vigie.conf.</translation>
    </message>
    <message>
        <source>The plan&apos;s bound %1 = &quot;%2&quot; is not a number of degrees between -%3 and %3.</source>
        <translation>La limite du plan %1 = « %2 » n&apos;est pas un nombre de degrés entre -%3 et %3.</translation>
    </message>
    <message>
        <source>The plan %1 has no bounds in vigie.conf (map/north, map/south, map/west, map/east): the cameras cannot be placed on it.</source>
        <translation>Le plan %1 n&apos;a pas de limites dans vigie.conf (map/north, map/south, map/west, map/east) : les caméras ne peuvent pas y être placées.</translation>
    </message>
    <message>
        <source>The plan&apos;s bounds are reversed: map/north (%1) must be greater than map/south (%2).</source>
        <translation>Les limites du plan sont inversées : map/north (%1) doit être supérieur à map/south (%2).</translation>
    </message>
    <message>
        <source>The plan&apos;s bounds are reversed: map/east (%1) must be greater than map/west (%2).</source>
        <translation>Les limites du plan sont inversées : map/east (%1) doit être supérieur à map/west (%2).</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::OpenShiftDialog</name>
    <message>
        <source>Open the shift</source>
        <translation>Ouvrir la vacation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chef de salle</source>
        <translation>Chef de salle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>&amp;Chef de salle</source>
        <translation>&amp;Chef de salle</translation>
    </message>
    <message>
        <source>&amp;Team (Space ticks)</source>
        <translation>É&amp;quipe (Espace pour cocher)</translation>
    </message>
    <message>
        <source>&amp;Open the shift</source>
        <translation>&amp;Ouvrir la vacation</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::PlateFrameView</name>
    <message>
        <source>No frame was grabbed.</source>
        <translation>Aucune image n&apos;a été capturée.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::PtzPresetsDialog</name>
    <message>
        <source>Presets of camera %1</source>
        <translation>Préréglages de la caméra %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>e.g. Town hall entrance</source>
        <translation>ex. : Entrée de la mairie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Saving, renaming and removing presets is the chef de salle&apos;s: a preset is shared by the whole room.</source>
        <translation>Enregistrer, renommer et supprimer les préréglages revient au chef de salle : un préréglage est partagé par toute la salle.</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller au préréglage</translation>
    </message>
    <message>
        <source>&amp;Save here</source>
        <translation>&amp;Enregistrer ici</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Press Remove again to remove preset %1 for the whole room.</source>
        <translation>Appuyez de nouveau sur Supprimer pour retirer le préréglage %1 pour toute la salle.</translation>
    </message>
    <message>
        <source>Mo&amp;ve preset %1 here</source>
        <translation>&amp;Déplacer le préréglage %1 ici</translation>
    </message>
    <message>
        <source>&amp;Save here as preset %1</source>
        <translation>&amp;Enregistrer ici comme préréglage %1</translation>
    </message>
    <message>
        <source>Confir&amp;m removal</source>
        <translation>&amp;Confirmer la suppression</translation>
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
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the desk after, without input (administrators)</source>
        <translation>Verrouiller le poste après, sans activité (administrateurs)</translation>
    </message>
    <message>
        <source>Only an administrator changes the idle-lock delay.</source>
        <translation>Seul un administrateur modifie le délai de verrouillage.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::ShiftLogView</name>
    <message>
        <source>Shift log</source>
        <translation>Main courante</translation>
    </message>
    <message>
        <source>Export the shift log</source>
        <translation>Exporter la main courante</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Toutes les caméras</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Vacation</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Ca&amp;méra</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Si&amp;gn (visa)…</source>
        <translation>Apposer le v&amp;isa…</translation>
    </message>
    <message>
        <source>&amp;Addendum…</source>
        <translation>&amp;Addendum…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Time range (From, To)</source>
        <translation>Plage horaire (Du, Au)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — chef de salle: %2 — %3 — %n event(s)</source>
        <translation>
            <numerusform>%1 — chef de salle : %2 — %3 — %n événement</numerusform>
            <numerusform>%1 — chef de salle : %2 — %3 — %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s)</source>
        <translation>
            <numerusform>%1 — %n événement</numerusform>
            <numerusform>%1 — %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift log written to %1 (%n event(s), SHA-256 %2).</source>
        <translation>
            <numerusform>Main courante enregistrée dans %1 (%n événement, SHA-256 %2).</numerusform>
            <numerusform>Main courante enregistrée dans %1 (%n événements, SHA-256 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>shift-log-%1</source>
        <translation>main-courante-%1</translation>
    </message>
    <message>
        <source>shift-log-%1-%2</source>
        <translation>main-courante-%1-%2</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::SignShiftDialog</name>
    <message>
        <source>Sign the shift log (visa)</source>
        <translation>Viser la main courante (visa)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Camera faults</source>
        <translation>Défauts caméras</translation>
    </message>
    <message>
        <source>System faults</source>
        <translation>Défauts système</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Chef de salle</source>
        <translation>Chef de salle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>&amp;Sign (Ctrl+Enter)</source>
        <translation>&amp;Viser (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TicketDialog</name>
    <message>
        <source>%1 — %2 (class %3, %4)</source>
        <translation>%1 — %2 (classe %3, %4)</translation>
    </message>
    <message>
        <source>Video-verbalisation</source>
        <translation>Vidéo-verbalisation</translation>
    </message>
    <message>
        <source>Frame %1 of %2 (Ctrl+%1): %3×%4</source>
        <translation>Image %1 sur %2 (Ctrl+%1) : %3×%4</translation>
    </message>
    <message>
        <source>Drag a rectangle over the plate to have it read.</source>
        <translation>Tracez un rectangle sur la plaque à la souris pour la faire lire.</translation>
    </message>
    <message>
        <source>AB-123-CD, 1234 AB 75…</source>
        <translation>AB-123-CD, 1234 AB 75…</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>ISO country code of a foreign plate (DE, BE, ES…); empty for France</source>
        <translation>Code ISO du pays d&apos;une plaque étrangère (DE, BE, ES…) ; vide pour la France</translation>
    </message>
    <message>
        <source>VP car, VU van, MOTO motorcycle, CYCLO moped, PL heavy goods vehicle, TCP bus or coach</source>
        <translation>VP voiture particulière, VU utilitaire, MOTO motocyclette, CYCLO cyclomoteur, PL poids lourd, TCP autobus ou autocar</translation>
    </message>
    <message>
        <source>Code or words of the offence</source>
        <translation>Code ou mots de l&apos;infraction</translation>
    </message>
    <message>
        <source>No offence may be recorded: the NATINF catalogue has no code valid today that you may use. Ask an administrator to import it.</source>
        <translation>Aucune infraction ne peut être relevée : le référentiel NATINF n&apos;a aucun code en vigueur aujourd&apos;hui que vous puissiez utiliser. Demandez à un administrateur de l&apos;importer.</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Plaque</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Marque</translation>
    </message>
    <message>
        <source>Mo&amp;del</source>
        <translation>Mo&amp;dèle</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>Cou&amp;leur</translation>
    </message>
    <message>
        <source>&amp;NATINF offence</source>
        <translation>I&amp;nfraction NATINF</translation>
    </message>
    <message>
        <source>Matric&amp;ule</source>
        <translation>Matric&amp;ule</translation>
    </message>
    <message>
        <source>&amp;Service code</source>
        <translation>Code &amp;service</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Enregistrer le brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Validate (Ctrl+Enter)</source>
        <translation>Valider (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Type the plate: lower case, spaces or no separator are fine.</source>
        <translation>Saisissez la plaque : minuscules, espaces ou sans séparateur, tout est accepté.</translation>
    </message>
    <message>
        <source>✔ %1 (%2)</source>
        <translation>✔ %1 (%2)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Type the code or words of the offence; ↓ lists the matches.</source>
        <translation>Saisissez le code ou des mots de l&apos;infraction ; ↓ liste les correspondances.</translation>
    </message>
    <message>
        <source>NATINF %1 is not in the offences you may record today (unknown, expired, or not open to your status).</source>
        <translation>Le NATINF %1 n&apos;est pas parmi les infractions que vous pouvez relever aujourd&apos;hui (inconnu, expiré ou non ouvert à votre statut).</translation>
    </message>
    <message>
        <source>%1 — %2 — class %3 — %4</source>
        <translation>%1 — %2 — classe %3 — %4</translation>
    </message>
    <message>
        <source> (reduced %1, increased %2)</source>
        <translation> (minorée %1, majorée %2)</translation>
    </message>
    <message>
        <source> — to be checked by a jurist</source>
        <translation> — à faire vérifier par un juriste</translation>
    </message>
    <message>
        <source>Reading the plate…</source>
        <translation>Lecture de la plaque…</translation>
    </message>
    <message>
        <source>No plate read in this rectangle: draw it closer around the plate, or type the plate.</source>
        <translation>Aucune plaque lue dans ce rectangle : tracez-le au plus près de la plaque, ou saisissez la plaque.</translation>
    </message>
    <message>
        <source>Read: %1 (confidence %2 %). Check it against the picture.</source>
        <translation>Lu : %1 (confiance %2 %). Vérifiez-la sur l&apos;image.</translation>
    </message>
    <message>
        <source>Use %1 (Enter)</source>
        <translation>Reprendre %1 (Entrée)</translation>
    </message>
    <message>
        <source>Plate taken from the reading; correct it if needed.</source>
        <translation>Plaque reprise de la lecture ; corrigez-la si besoin.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Brouillon %1 enregistré.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: it can no longer be edited, only cancelled from the ticket list.</source>
        <translation>La verbalisation %1 est à l&apos;état «&#xa0;%2&#xa0;» : elle ne peut plus être modifiée, seulement annulée depuis la liste.</translation>
    </message>
    <message>
        <source>Close without saving? What was typed since the last save is lost.</source>
        <translation>Fermer sans enregistrer ? Ce qui a été saisi depuis le dernier enregistrement sera perdu.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Video-verbalisation dialog</source>
        <translation>Fenêtre de vidéo-verbalisation</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Entrée ou Tab</translation>
    </message>
    <message>
        <source>Next field; accepts the plate read</source>
        <translation>Champ suivant ; reprend la plaque lue</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>List the NATINF offences matching what is typed</source>
        <translation>Lister les infractions NATINF correspondant à la saisie</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+3</source>
        <translation>Ctrl+1 à Ctrl+3</translation>
    </message>
    <message>
        <source>Show frame 1 to 3</source>
        <translation>Afficher l&apos;image 1 à 3</translation>
    </message>
    <message>
        <source>Mouse drag</source>
        <translation>Glisser à la souris</translation>
    </message>
    <message>
        <source>Read the plate in a rectangle of the frame</source>
        <translation>Lire la plaque dans un rectangle de l&apos;image</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Validate the ticket</source>
        <translation>Valider la verbalisation</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TicketListView</name>
    <message>
        <source>Video-verbalisation tickets</source>
        <translation>Vidéo-verbalisations</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>NATINF code</source>
        <translation>code NATINF</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <source>&amp;Offence</source>
        <translation>&amp;Infraction</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Seen live</source>
        <translation>Vu en direct</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Ouvrir (Entrée)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the ticket…</source>
        <translation>A&amp;nnuler la verbalisation…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark sent…</source>
        <translation>&amp;Marquer envoyée…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No ticket in these dates.</source>
        <translation>Aucune verbalisation à ces dates.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) — per day: %1</source>
        <translation>
            <numerusform>%n verbalisation — par jour : %1</numerusform>
            <numerusform>%n verbalisations — par jour : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation>Sélectionnez d&apos;abord une verbalisation.</translation>
    </message>
    <message>
        <source>Ticket %1 cancelled.</source>
        <translation>Verbalisation %1 annulée.</translation>
    </message>
    <message>
        <source>Ticket %1 exported to %2 (SHA-256 %3).</source>
        <translation>Verbalisation %1 exportée dans %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Ticket %1 marked sent (message %2).</source>
        <translation>Verbalisation %1 marquée envoyée (message %2).</translation>
    </message>
    <message>
        <source>Ticket %1 — camera %2 — seen live on %3</source>
        <translation>Verbalisation %1 — caméra %2 — vu en direct le %3</translation>
    </message>
    <message>
        <source>%1 — INSEE %2</source>
        <translation>%1 — INSEE %2</translation>
    </message>
    <message>
        <source>Cancel ticket %1</source>
        <translation>Annuler la verbalisation %1</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled? (kept in the register)</source>
        <translation>Pourquoi la verbalisation est-elle annulée ? (conservé au registre)</translation>
    </message>
    <message>
        <source>ticket-%1</source>
        <translation>verbalisation-%1</translation>
    </message>
    <message>
        <source>Export ticket %1</source>
        <translation>Exporter la verbalisation %1</translation>
    </message>
    <message>
        <source>Ticket %1 sent</source>
        <translation>Verbalisation %1 envoyée</translation>
    </message>
    <message>
        <source>Message id given by the PVe chain:</source>
        <translation>Identifiant du message donné par la chaîne PVe :</translation>
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
    <message>
        <source>Viewing not allowed</source>
        <translation>Visionnage non autorisé</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnexion dans %n s</numerusform>
            <numerusform>Reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TourDialog</name>
    <message>
        <source>Tour</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>e.g. 1, 4-7, 12</source>
        <translation>par exemple 1, 4-7, 12</translation>
    </message>
    <message>
        <source>&amp;Cameras:</source>
        <translation>&amp;Caméras :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Each camera for:</source>
        <translation>&amp;Durée par caméra :</translation>
    </message>
    <message>
        <source>The focused &amp;tile (%1)</source>
        <translation>La &amp;vignette active (%1)</translation>
    </message>
    <message>
        <source>The focused &amp;tile (none)</source>
        <translation>La &amp;vignette active (aucune)</translation>
    </message>
    <message>
        <source>The whole &amp;wall, page by page</source>
        <translation>Tout le &amp;mur, page par page</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>Fait défiler :</translation>
    </message>
    <message>
        <source>&amp;Change the tour</source>
        <translation>&amp;Modifier la séquence</translation>
    </message>
    <message>
        <source>&amp;Start the tour</source>
        <translation>&amp;Lancer la séquence</translation>
    </message>
    <message>
        <source>Sto&amp;p the tour</source>
        <translation>&amp;Arrêter la séquence</translation>
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
    <message>
        <source>Tour paused.</source>
        <translation>Séquence en pause.</translation>
    </message>
    <message>
        <source>Tour resumed.</source>
        <translation>Séquence reprise.</translation>
    </message>
    <message>
        <source>Tour stopped: a camera was placed by hand.</source>
        <translation>Séquence arrêtée : une caméra a été placée à la main.</translation>
    </message>
    <message>
        <source>Tour paused %1/%2</source>
        <translation>Séquence en pause %1/%2</translation>
    </message>
    <message>
        <source>Tour %1/%2</source>
        <translation>Séquence %1/%2</translation>
    </message>
    <message>
        <source>Tour held by an alarm %1/%2</source>
        <translation>Séquence retenue par une alarme %1/%2</translation>
    </message>
    <message>
        <source>Camera retired from the directory: it is no longer shown.</source>
        <translation>Caméra retirée de l'annuaire : elle n'est plus affichée.</translation>
    </message>
    <message>
        <source>Camera retired</source>
        <translation>Caméra retirée</translation>
    </message>
    <message>
        <source>Camera disabled in the directory: nothing is shown until it is enabled again.</source>
        <translation>Caméra désactivée dans l'annuaire : rien n'est affiché tant qu'elle n'est pas réactivée.</translation>
    </message>
    <message>
        <source>Camera disabled</source>
        <translation>Caméra désactivée</translation>
    </message>
</context>
</TS>
