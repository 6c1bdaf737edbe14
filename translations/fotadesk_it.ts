<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>ApplicabilityModel</name>
    <message>
        <source>Choose a package</source>
        <translation>Scegli un pacchetto</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Applicabile</translation>
    </message>
    <message>
        <source>Check failed (can be overridden)</source>
        <translation>Verifica non superata (ignorabile)</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Firmware now</source>
        <translation>Firmware attuale</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacchetto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No file: %1 holds the package, the module checks what it installs</source>
        <translation>Nessun file: %1 fornisce il pacchetto, il modulo verifica ciò che installa</translation>
    </message>
    <message>
        <source>Base version not checked (“%1” is a file name label): the module checks the package itself</source>
        <translation>Versione di base non verificata (“%1” è un&apos;etichetta del nome file): il modulo verifica il pacchetto da sé</translation>
    </message>
    <message>
        <source>Base version not checked: the module checks the package itself</source>
        <translation>Versione di base non verificata: il modulo verifica il pacchetto da sé</translation>
    </message>
    <message>
        <source>The SIM needs its PIN: enter it above</source>
        <translation>La SIM richiede il PIN: inseriscilo qui sopra</translation>
    </message>
    <message>
        <source>No file needed</source>
        <translation>Nessun file necessario</translation>
    </message>
</context>
<context>
    <name>AtChannel</name>
    <message>
        <source>port error: %1</source>
        <translation>errore della porta: %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>%1 rifiutato: %2</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>scrittura non riuscita: %1</translation>
    </message>
    <message>
        <source>raw mode</source>
        <translation>modalità dati grezzi</translation>
    </message>
    <message>
        <source>line mode</source>
        <translation>modalità a righe</translation>
    </message>
    <message>
        <source>over-long line dropped, starting %1</source>
        <translation>riga troppo lunga scartata, iniziava con %1</translation>
    </message>
    <message>
        <source>garbage dropped, %1</source>
        <translation>dati illeggibili scartati, %1</translation>
    </message>
    <message>
        <source>%1 (late, no command waiting)</source>
        <translation>%1 (in ritardo, nessun comando in attesa)</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; prompt with no data to send</source>
        <translation>prompt &apos;&gt;&apos; senza dati da inviare</translation>
    </message>
    <message>
        <source>no final result for %1 within %2 ms</source>
        <translation>nessun esito finale per %1 entro %2 ms</translation>
    </message>
    <message>
        <source>port lost</source>
        <translation>porta persa</translation>
    </message>
    <message>
        <source>resynchronising the line after a timeout (attempt %1 of %2)</source>
        <translation>risincronizzazione della linea dopo un timeout (tentativo %1 di %2)</translation>
    </message>
    <message>
        <source>no answer to the resynchronisation %1 within %2 ms</source>
        <translation>nessuna risposta alla risincronizzazione %1 entro %2 ms</translation>
    </message>
    <message>
        <source>not sent: after a timeout the module did not answer %1 attempts to resynchronise the line</source>
        <translation>non inviato: dopo un timeout il modulo non ha risposto a %1 tentativi di risincronizzare la linea</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting command(s) failed: %1</source>
        <translation>
            <numerusform>%n comando in attesa non riuscito: %1</numerusform>
            <numerusform>%n comandi in attesa non riusciti: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>late answer discarded: %1</source>
        <translation>risposta in ritardo scartata: %1</translation>
    </message>
    <message>
        <source>the line is in step again</source>
        <translation>la linea è di nuovo sincronizzata</translation>
    </message>
</context>
<context>
    <name>AtConsoleCommand</name>
    <message>
        <source>Port name or device path.</source>
        <translation>Nome della porta o percorso del dispositivo.</translation>
    </message>
    <message>
        <source>AT commands, sent in order.</source>
        <translation>Comandi AT, inviati in ordine.</translation>
    </message>
    <message>
        <source>Seconds to wait for each command&apos;s final result (default 10).</source>
        <translation>Secondi di attesa per l&apos;esito finale di ogni comando (predefinito 10).</translation>
    </message>
    <message>
        <source>Use this rate instead of searching for it.</source>
        <translation>Usa questa velocità invece di cercarla.</translation>
    </message>
    <message>
        <source>at needs a port and at least one command, e.g. fotadesk-cli at ttyUSB2 AT+CGMR</source>
        <translation>at richiede una porta e almeno un comando, ad es. fotadesk-cli at ttyUSB2 AT+CGMR</translation>
    </message>
    <message>
        <source>--timeout wants seconds, such as 30; got &quot;%1&quot;</source>
        <translation>--timeout richiede dei secondi, ad es. 30; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot open %1: %2. Close any program using it (a terminal, ModemManager) and check that you may use serial ports (group dialout).</source>
        <translation>impossibile aprire %1: %2. Chiudi ogni programma che la usa (un terminale, ModemManager) e verifica di avere accesso alle porte seriali (gruppo dialout).</translation>
    </message>
    <message>
        <source>%1 went away</source>
        <translation>%1 è scomparsa</translation>
    </message>
    <message>
        <source>%1: %2. Check that the module is powered and that this is its AT port, or give its rate with --baud N.</source>
        <translation>%1: %2. Verifica che il modulo sia alimentato e che questa sia la sua porta AT, oppure indica la sua velocità con --baud N.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2. Give the module&apos;s rate with --baud N.</source>
        <translation>%1: %2. Indica la velocità del modulo con --baud N.</translation>
    </message>
</context>
<context>
    <name>AtResult</name>
    <message>
        <source>the module did not answer %1 in time</source>
        <translation>il modulo non ha risposto a %1 in tempo</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 è stato annullato</translation>
    </message>
    <message>
        <source>the port was lost before %1 completed</source>
        <translation>la porta è stata persa prima del completamento di %1</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 è stato rifiutato: %2</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>The module&apos;s IMEI (or serial number), or the port it is or was on.</source>
        <translation>L&apos;IMEI (o il numero di serie) del modulo, oppure la porta su cui è o era collegato.</translation>
    </message>
    <message>
        <source>The zip to write (default: fotadesk-bundle-&lt;module&gt;-&lt;time&gt;.zip here).</source>
        <translation>Lo zip da scrivere (predefinito: fotadesk-bundle-&lt;module&gt;-&lt;time&gt;.zip nella cartella corrente).</translation>
    </message>
    <message>
        <source>How many of the module&apos;s last jobs (default 20).</source>
        <translation>Quanti degli ultimi job del modulo (predefinito 20).</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>Il database della cronologia (predefinito: nella cartella dati dell&apos;utente).</translation>
    </message>
    <message>
        <source>bundle wants one module or port; run &apos;fotadesk-cli bundle --help&apos;</source>
        <translation>bundle richiede un modulo o una porta; esegui &apos;fotadesk-cli bundle --help&apos;</translation>
    </message>
    <message>
        <source>--limit wants a positive number; got &quot;%1&quot;</source>
        <translation>--limit richiede un numero positivo; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>impossibile aprire il database della cronologia %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) about %2, secrets masked</source>
        <translation>
            <numerusform>%1: %n file su %2, segreti mascherati</numerusform>
            <numerusform>%1: %n file su %2, segreti mascherati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CinterionDriver</name>
    <message>
        <source>the module downloads the package over HTTP(S): give the file with --package (FotaDesk serves it), or its URL with --url and its SHA-256 with --sha256</source>
        <translation>il modulo scarica il pacchetto via HTTP(S): indica il file con --package (lo fornisce FotaDesk), oppure il suo URL con --url e il suo SHA-256 con --sha256</translation>
    </message>
    <message>
        <source>the module checks the download against its SHA-256: give it with --sha256</source>
        <translation>il modulo verifica il download rispetto al suo SHA-256: indicalo con --sha256</translation>
    </message>
    <message>
        <source>LwM2M needs the server&apos;s URI: give it with --url (e.g. coap://lwm2m.example.net:5683)</source>
        <translation>LwM2M richiede l&apos;URI del server: indicalo con --url (ad es. coap://lwm2m.example.net:5683)</translation>
    </message>
    <message>
        <source>%1 is reserved for the running Cinterion update (it would abort, restart or redirect its download or install)</source>
        <translation>%1 è riservato all&apos;aggiornamento Cinterion in corso (ne interromperebbe, riavvierebbe o reindirizzerebbe il download o l&apos;installazione)</translation>
    </message>
</context>
<context>
    <name>CinterionLwm2mFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Nessuna sessione del modulo da aggiornare</translation>
    </message>
    <message>
        <source>Correct the LwM2M profile and start again.</source>
        <translation>Correggi il profilo LwM2M e ricomincia.</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
    </message>
    <message>
        <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
        <translation>Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware con ATI1.</translation>
    </message>
    <message>
        <source>Writing the LwM2M profile %1</source>
        <translation>Scrittura del profilo LwM2M %1</translation>
    </message>
    <message>
        <source>Starting the LwM2M client</source>
        <translation>Avvio del client LwM2M</translation>
    </message>
    <message>
        <source>LwM2M client started; waiting for the server to update the firmware</source>
        <translation>Client LwM2M avviato; in attesa che il server aggiorni il firmware</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>La porta è scomparsa durante %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again.</source>
        <translation>Ricollega il modulo e ricomincia.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Il modulo non ha risposto a %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Il modulo ha rifiutato %1 (%2)</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT^SNLWM2M and the profile&apos;s values.</source>
        <translation>Verifica che il firmware supporti AT^SNLWM2M e controlla i valori del profilo.</translation>
    </message>
    <message>
        <source>The firmware update failed: %1</source>
        <translation>Aggiornamento del firmware non riuscito: %1</translation>
    </message>
    <message>
        <source>Firmware object: %1</source>
        <translation>Oggetto firmware: %1</translation>
    </message>
    <message>
        <source>The module installs the new firmware and restarts. Never power it off.</source>
        <translation>Il modulo installa il nuovo firmware e si riavvia. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>Il modulo si riavvia con il nuovo firmware; in attesa che ritorni</translation>
    </message>
    <message>
        <source>The port went away before the update started</source>
        <translation>La porta è scomparsa prima dell&apos;inizio dell&apos;aggiornamento</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Ritrovato su %1</translation>
    </message>
    <message>
        <source>Reading the firmware revision</source>
        <translation>Lettura della revisione del firmware</translation>
    </message>
    <message>
        <source>The module&apos;s firmware revision could not be read</source>
        <translation>Non è stato possibile leggere la revisione del firmware del modulo</translation>
    </message>
    <message>
        <source>Read it with ATI1 before trusting the update.</source>
        <translation>Leggila con ATI1 prima di fidarti dell&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Il modulo esegue %1, atteso %2</translation>
    </message>
    <message>
        <source>The LwM2M server may have sent another package; check its campaign.</source>
        <translation>Il server LwM2M potrebbe aver inviato un altro pacchetto; controlla la sua campagna.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Il modulo esegue ancora %1</translation>
    </message>
    <message>
        <source>Object 5 reports success but the revision is unchanged; read ATI1 again after the next restart.</source>
        <translation>L&apos;oggetto 5 segnala successo ma la revisione è invariata; rileggi ATI1 dopo il prossimo riavvio.</translation>
    </message>
    <message>
        <source>The LwM2M server started no firmware update in time</source>
        <translation>Il server LwM2M non ha avviato in tempo alcun aggiornamento del firmware</translation>
    </message>
    <message>
        <source>Check the profile (server URI, security) and the campaign on the LwM2M server.</source>
        <translation>Controlla il profilo (URI del server, sicurezza) e la campagna sul server LwM2M.</translation>
    </message>
    <message>
        <source>The module reported no update result after the reboot</source>
        <translation>Il modulo non ha riportato alcun esito dell&apos;aggiornamento dopo il riavvio</translation>
    </message>
    <message>
        <source>Read object 5 (/5/0/5) and the firmware revision (ATI1) before trusting the update.</source>
        <translation>Leggi l&apos;oggetto 5 (/5/0/5) e la revisione del firmware (ATI1) prima di fidarti dell&apos;aggiornamento.</translation>
    </message>
</context>
<context>
    <name>CinterionOtaFlow</name>
    <message>
        <source>Download stopped; starting the update again resumes it</source>
        <translation>Download interrotto; riavviando l&apos;aggiornamento riprende</translation>
    </message>
    <message>
        <source>The package could not be hashed: %1</source>
        <translation>Impossibile calcolare lo hash del pacchetto: %1</translation>
    </message>
    <message>
        <source>Check that the package file exists and is readable.</source>
        <translation>Verifica che il file del pacchetto esista e sia leggibile.</translation>
    </message>
    <message>
        <source>No module session to update</source>
        <translation>Nessuna sessione del modulo da aggiornare</translation>
    </message>
    <message>
        <source>No valid http(s) URL for the module to download from</source>
        <translation>Nessun URL http(s) valido da cui il modulo possa scaricare</translation>
    </message>
    <message>
        <source>Give the package&apos;s URL, or let FotaDesk serve the package itself.</source>
        <translation>Indica l&apos;URL del pacchetto, oppure lascia che FotaDesk lo fornisca.</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
    </message>
    <message>
        <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
        <translation>Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware con ATI1.</translation>
    </message>
    <message>
        <source>https: the module needs the server&apos;s CA certificate (AT^SBNW=is_cert,&lt;n&gt;)</source>
        <translation>https: il modulo richiede il certificato CA del server (AT^SBNW=is_cert,&lt;n&gt;)</translation>
    </message>
    <message>
        <source>Preparing the over-the-air update</source>
        <translation>Preparazione dell&apos;aggiornamento over the air</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is not 64 hex digits</source>
        <translation>Lo SHA-256 del pacchetto non è di 64 cifre esadecimali</translation>
    </message>
    <message>
        <source>Check the package catalog entry.</source>
        <translation>Controlla la voce nel catalogo dei pacchetti.</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is not known</source>
        <translation>Lo SHA-256 del pacchetto non è noto</translation>
    </message>
    <message>
        <source>Give the package file or its SHA-256: the module checks the download against it.</source>
        <translation>Indica il file del pacchetto o il suo SHA-256: il modulo vi confronta il download.</translation>
    </message>
    <message>
        <source>Computing the package&apos;s SHA-256</source>
        <translation>Calcolo dello SHA-256 del pacchetto</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>La porta è scomparsa durante %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Il modulo non ha risposto a %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Il modulo ha rifiutato %1 (%2)</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT^SNFOTA and the values given (APN, URL).</source>
        <translation>Verifica che il firmware supporti AT^SNFOTA e controlla i valori indicati (APN, URL).</translation>
    </message>
    <message>
        <source>Setting up the PDP context</source>
        <translation>Configurazione del contesto PDP</translation>
    </message>
    <message>
        <source>registered with %1</source>
        <translation>registrato su %1</translation>
    </message>
    <message>
        <source>The module is deregistered from the network (AT+COPS=2)</source>
        <translation>Il modulo è deregistrato dalla rete (AT+COPS=2)</translation>
    </message>
    <message>
        <source>Register it again with AT+COPS=0, then start the update.</source>
        <translation>Registralo di nuovo con AT+COPS=0, poi avvia l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module is not registered with a network</source>
        <translation>Il modulo non è registrato su alcuna rete</translation>
    </message>
    <message>
        <source>Check the SIM, the antenna and the coverage, then start again.</source>
        <translation>Controlla la SIM, l&apos;antenna e la copertura, poi ricomincia.</translation>
    </message>
    <message>
        <source>Waiting for the module to register with the network</source>
        <translation>In attesa che il modulo si registri sulla rete</translation>
    </message>
    <message>
        <source>Writing the FOTA settings</source>
        <translation>Scrittura delle impostazioni FOTA</translation>
    </message>
    <message>
        <source>The module did not keep the FOTA settings: %1</source>
        <translation>Il modulo non ha mantenuto le impostazioni FOTA: %1</translation>
    </message>
    <message>
        <source>Check the URL (length, characters) and the connection id, then start again.</source>
        <translation>Controlla l&apos;URL (lunghezza, caratteri) e l&apos;id di connessione, poi ricomincia.</translation>
    </message>
    <message>
        <source>a partial download (%1 %) is on the module; it resumes</source>
        <translation>sul modulo c&apos;è un download parziale (%1 %); riprende</translation>
    </message>
    <message>
        <source>The module downloads the package</source>
        <translation>Il modulo scarica il pacchetto</translation>
    </message>
    <message>
        <source>The download was stopped on the module (user break)</source>
        <translation>Il download è stato interrotto sul modulo (interruzione dell&apos;utente)</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Il download non è riuscito: %1</translation>
    </message>
    <message>
        <source>Download complete; the module checked its SHA-256</source>
        <translation>Download completato; il modulo ha verificato lo SHA-256</translation>
    </message>
    <message>
        <source>Installing: the module flashes the new firmware and restarts. Never power it off.</source>
        <translation>Installazione: il modulo scrive il nuovo firmware e si riavvia. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The module refused to start the install (%1)</source>
        <translation>Il modulo ha rifiutato di avviare l&apos;installazione (%1)</translation>
    </message>
    <message>
        <source>Download the package again, then start the install.</source>
        <translation>Scarica di nuovo il pacchetto, poi avvia l&apos;installazione.</translation>
    </message>
    <message>
        <source>The install restarts after an interruption. Never power the module off.</source>
        <translation>L&apos;installazione riparte dopo un&apos;interruzione. Non spegnere mai il modulo.</translation>
    </message>
    <message>
        <source>Install started</source>
        <translation>Installazione avviata</translation>
    </message>
    <message>
        <source>Package checksum OK</source>
        <translation>Checksum del pacchetto corretto</translation>
    </message>
    <message>
        <source>The module rejected the package&apos;s checksum</source>
        <translation>Il modulo ha rifiutato il checksum del pacchetto</translation>
    </message>
    <message>
        <source>Download the package again, then install it.</source>
        <translation>Scarica di nuovo il pacchetto, poi installalo.</translation>
    </message>
    <message>
        <source>Flashing</source>
        <translation>Scrittura in flash</translation>
    </message>
    <message>
        <source>Phase 1 of the install done</source>
        <translation>Fase 1 dell&apos;installazione completata</translation>
    </message>
    <message>
        <source>The module could not install the package</source>
        <translation>Il modulo non è riuscito a installare il pacchetto</translation>
    </message>
    <message>
        <source>The module keeps its current firmware; the package is probably a delta for another base version. Check the package against the module&apos;s revision (ATI1).</source>
        <translation>Il modulo mantiene il firmware attuale; il pacchetto è probabilmente un delta per un&apos;altra versione di base. Confronta il pacchetto con la revisione del modulo (ATI1).</translation>
    </message>
    <message>
        <source>Phase 2 of the install runs; the module restarts when it is done</source>
        <translation>È in corso la fase 2 dell&apos;installazione; al termine il modulo si riavvia</translation>
    </message>
    <message>
        <source>The module started</source>
        <translation>Il modulo si è avviato</translation>
    </message>
    <message>
        <source>The module loaded its provider profile</source>
        <translation>Il modulo ha caricato il profilo operatore</translation>
    </message>
    <message>
        <source>The port went away before the download started</source>
        <translation>La porta è scomparsa prima dell&apos;inizio del download</translation>
    </message>
    <message>
        <source>The port went away while the download was being stopped</source>
        <translation>La porta è scomparsa mentre si interrompeva il download</translation>
    </message>
    <message>
        <source>The port went away during the download; waiting for the module to resume it</source>
        <translation>La porta è scomparsa durante il download; in attesa che il modulo lo riprenda</translation>
    </message>
    <message>
        <source>The module restarts to finish the install; waiting for it to come back</source>
        <translation>Il modulo si riavvia per completare l&apos;installazione; in attesa che ritorni</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Ritrovato su %1</translation>
    </message>
    <message>
        <source>Reading the firmware revision</source>
        <translation>Lettura della revisione del firmware</translation>
    </message>
    <message>
        <source>The module&apos;s firmware revision could not be read</source>
        <translation>Non è stato possibile leggere la revisione del firmware del modulo</translation>
    </message>
    <message>
        <source>Read it with ATI1 before trusting the update.</source>
        <translation>Leggila con ATI1 prima di fidarti dell&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Il modulo esegue %1, atteso %2</translation>
    </message>
    <message>
        <source>The package may not apply to this module&apos;s base firmware; check the package and the module&apos;s revision before another attempt.</source>
        <translation>Il pacchetto potrebbe non applicarsi al firmware di base del modulo; controlla il pacchetto e la revisione del modulo prima di riprovare.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Il modulo esegue ancora %1</translation>
    </message>
    <message>
        <source>The install did not take; check the package and the module&apos;s log.</source>
        <translation>L&apos;installazione non ha avuto effetto; controlla il pacchetto e il log del modulo.</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Annullato; il modulo mantiene il firmware attuale</translation>
    </message>
    <message>
        <source>Stopping the download</source>
        <translation>Interruzione del download</translation>
    </message>
    <message>
        <source>stopping the download: %1</source>
        <translation>interruzione del download: %1</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>Il download non è terminato entro %1 s</translation>
    </message>
    <message>
        <source>Check the coverage and the server; starting the update again resumes the download.</source>
        <translation>Controlla la copertura e il server; riavviando l&apos;aggiornamento il download riprende.</translation>
    </message>
</context>
<context>
    <name>ConsoleDeck</name>
    <message>
        <source>Select a module to talk to it.</source>
        <translation>Seleziona un modulo per comunicare con esso.</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Replies to the commands you send appear here. The module&apos;s full traffic is in the Log tab.</source>
        <translation>Qui compaiono le risposte ai comandi inviati. Tutto il traffico del modulo è nella scheda Log.</translation>
    </message>
    <message>
        <source>AT command, e.g. AT+CGMR (Up/Down: history)</source>
        <translation>Comando AT, ad es. AT+CGMR (Su/Giù: cronologia)</translation>
    </message>
    <message>
        <source>AT command</source>
        <translation>Comando AT</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 non è stato inviato: %2</translation>
    </message>
    <message>
        <source>Refused while an update runs. %1</source>
        <translation>Rifiutato mentre è in corso un aggiornamento. %1</translation>
    </message>
    <message>
        <source>Waiting for the reply to %1</source>
        <translation>In attesa della risposta a %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Simulated modules (at least one per family).</source>
        <translation>Moduli simulati (almeno uno per famiglia).</translation>
    </message>
    <message>
        <source>Let the simulated modules send at full speed instead of the serial line&apos;s rate.</source>
        <translation>Fai trasmettere i moduli simulati alla massima velocità invece che alla velocità della linea seriale.</translation>
    </message>
    <message>
        <source>--modules takes a number from 1 to 64</source>
        <translation>--modules accetta un numero da 1 a 64</translation>
    </message>
    <message>
        <source>the simulated fleet cannot start: %1</source>
        <translation>la flotta simulata non può avviarsi: %1</translation>
    </message>
    <message>
        <source>the simulated fleet failed: %1</source>
        <translation>errore della flotta simulata: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated module(s) in %1</source>
        <translation>
            <numerusform>Avvio di %n modulo simulato in %1</numerusform>
            <numerusform>Avvio di %n moduli simulati in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo did not finish within 15 minutes</source>
        <translation>la demo non è terminata entro 15 minuti</translation>
    </message>
    <message>
        <source>found %1 (%2, firmware %3) on %4</source>
        <translation>trovato %1 (%2, firmware %3) su %4</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n module(s)</source>
        <translation>
            <numerusform>Aggiornamento di %n modulo</numerusform>
            <numerusform>Aggiornamento di %n moduli</numerusform>
        </translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODULO</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMIGLIA</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODO</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ESITO</translation>
    </message>
    <message>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>non terminato</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 of %2 module(s) updated in %3 s</source>
        <translation>Moduli aggiornati: %1 di %2 in %3 s</translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message>
        <source>fotadesk-sim was not found next to %1 or in its build tree</source>
        <translation>fotadesk-sim non è stato trovato accanto a %1 né nella sua cartella di build</translation>
    </message>
    <message>
        <source>cannot make a folder for the demo fleet in %1</source>
        <translation>impossibile creare una cartella per la flotta dimostrativa in %1</translation>
    </message>
    <message>
        <source>fotadesk-sim make-package failed: %1</source>
        <translation>fotadesk-sim make-package non è riuscito: %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossibile eseguire %1: %2</translation>
    </message>
    <message>
        <source>the simulated module %1 stopped (exit code %2)</source>
        <translation>il modulo simulato %1 si è fermato (codice di uscita %2)</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>released for another tool; reclaim the module to use it again</source>
        <translation>rilasciato a un altro programma; riprendi il modulo per usarlo di nuovo</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>in uso da %1</translation>
    </message>
    <message>
        <source>finish or close it there first</source>
        <translation>prima terminalo o chiudilo lì</translation>
    </message>
    <message>
        <source>answers AT but gives neither IMEI nor serial number, so it cannot be told apart from other modules</source>
        <translation>risponde ad AT ma non fornisce né IMEI né numero di serie, quindi non si distingue dagli altri moduli</translation>
    </message>
    <message>
        <source>if a module is behind it, check its power and rate, then probe again</source>
        <translation>se dietro c&apos;è un modulo, controlla alimentazione e velocità, poi rileva di nuovo</translation>
    </message>
    <message>
        <source>close the program that has the port open (a terminal, another FotaDesk), then probe again</source>
        <translation>chiudi il programma che tiene aperta la porta (un terminale, un altro FotaDesk), poi rileva di nuovo</translation>
    </message>
    <message>
        <source>add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again</source>
        <translation>aggiungi il tuo utente al gruppo dialout (sudo usermod -aG dialout $USER) e accedi di nuovo</translation>
    </message>
    <message>
        <source>ask an administrator for access to serial ports</source>
        <translation>chiedi a un amministratore l&apos;accesso alle porte seriali</translation>
    </message>
    <message>
        <source>unplug and replug the device, then probe again</source>
        <translation>scollega e ricollega il dispositivo, poi rileva di nuovo</translation>
    </message>
    <message>
        <source>another interface of the module on %1</source>
        <translation>un&apos;altra interfaccia del modulo su %1</translation>
    </message>
    <message>
        <source>port error (%1); looking for the module again</source>
        <translation>errore della porta (%1); si cerca di nuovo il modulo</translation>
    </message>
    <message>
        <source>%1, and it has no serial number, so it cannot be told apart from other modules; a test module&apos;s IMEI can be added to the accepted test IMEIs</source>
        <translation>%1 e non ha numero di serie, quindi non si distingue dagli altri moduli; puoi aggiungere l&apos;IMEI di un modulo di test agli IMEI di test accettati</translation>
    </message>
    <message>
        <source>%1; known by its serial number %2 instead</source>
        <translation>%1; riconosciuto invece dal numero di serie %2</translation>
    </message>
    <message>
        <source>IMEISV %1 read; its IMEI is %2</source>
        <translation>IMEISV %1 letto; il suo IMEI è %2</translation>
    </message>
    <message>
        <source>a module with the same %1 but %2 appeared on %3; it is not taken for this one and is shown as a module of its own</source>
        <translation>un modulo con %1 uguale ma %2 è comparso su %3; non viene considerato come questo modulo e viene mostrato come un modulo a sé</translation>
    </message>
    <message>
        <source>shares %1 with another module but has %2: shown as a module of its own, not as that one found again</source>
        <translation>condivide %1 con un altro modulo ma ha %2: mostrato come un modulo a sé, non come quel modulo ritrovato</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The history database could not be opened (%1); jobs will run but not be recorded. Check the data folder in Settings.</source>
        <translation>Impossibile aprire il database della cronologia (%1); i job verranno eseguiti ma non registrati. Controlla la cartella dati nelle Impostazioni.</translation>
    </message>
    <message>
        <source>no such module</source>
        <translation>modulo inesistente</translation>
    </message>
    <message>
        <source>The history database is not open, so no update can be recorded. Check the data folder in Settings.</source>
        <translation>Il database della cronologia non è aperto, quindi nessun aggiornamento può essere registrato. Controlla la cartella dati nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The module is no longer connected.</source>
        <translation>Il modulo non è più connesso.</translation>
    </message>
    <message>
        <source>The package is no longer in the catalog; add it again.</source>
        <translation>Il pacchetto non è più nel catalogo; aggiungilo di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) are installing and cannot be stopped; they finish on their own.</source>
        <translation>
            <numerusform>%n modulo sta installando e non può essere fermato; termina da solo.</numerusform>
            <numerusform>%n moduli stanno installando e non possono essere fermati; terminano da soli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 is not in the history.</source>
        <translation>Il job %1 non è nella cronologia.</translation>
    </message>
    <message>
        <source>Connect module %1 first: job %2 resumes on the same module.</source>
        <translation>Collega prima il modulo %1: il job %2 riprende sullo stesso modulo.</translation>
    </message>
    <message>
        <source>The package server cannot listen on %1:%2 (%3); modules cannot download packages from FotaDesk. Choose another address or port in Settings.</source>
        <translation>Il server dei pacchetti non può mettersi in ascolto su %1:%2 (%3); i moduli non possono scaricare pacchetti da FotaDesk. Scegli un altro indirizzo o un&apos;altra porta nelle Impostazioni.</translation>
    </message>
</context>
<context>
    <name>FailureReason</name>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>package not applicable</source>
        <translation>pacchetto non applicabile</translation>
    </message>
    <message>
        <source>module refused a command</source>
        <translation>il modulo ha rifiutato un comando</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>port lost</source>
        <translation>porta persa</translation>
    </message>
    <message>
        <source>transfer failed</source>
        <translation>trasferimento non riuscito</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>verifica di integrità non riuscita</translation>
    </message>
    <message>
        <source>not enough space</source>
        <translation>spazio insufficiente</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>errore del server</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>errore di rete</translation>
    </message>
    <message>
        <source>unexpected firmware version</source>
        <translation>versione firmware inattesa</translation>
    </message>
    <message>
        <source>install failed</source>
        <translation>installazione non riuscita</translation>
    </message>
    <message>
        <source>SIM locked</source>
        <translation>SIM bloccata</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>errore interno</translation>
    </message>
    <message>
        <source>history not written</source>
        <translation>cronologia non scritta</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Telit (PFM)</source>
        <translation>Telit (PFM)</translation>
    </message>
    <message>
        <source>Telit Cinterion</source>
        <translation>Telit Cinterion</translation>
    </message>
    <message>
        <source>SIMCom SIM7020</source>
        <translation>SIMCom SIM7020</translation>
    </message>
    <message>
        <source>Sierra HL78xx</source>
        <translation>Sierra HL78xx</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>FlashWriter</name>
    <message>
        <source>The port is not open. Reconnect the module and try again.</source>
        <translation>La porta non è aperta. Ricollega il modulo e riprova.</translation>
    </message>
    <message>
        <source>The package is empty: there is nothing to write. Check the package file.</source>
        <translation>Il pacchetto è vuoto: non c&apos;è nulla da scrivere. Controlla il file del pacchetto.</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes); nothing was written. Check that it is a delta package for this module.</source>
        <translation>Il pacchetto (%1 byte) è più grande della partizione FOTA del modulo (%2 byte); non è stato scritto nulla. Verifica che sia un pacchetto delta per questo modulo.</translation>
    </message>
    <message>
        <source>The flash upload was cancelled. The partition holds part of the package: write it again before starting the update.</source>
        <translation>Il caricamento in flash è stato annullato. La partizione contiene parte del pacchetto: riscrivilo prima di avviare l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module refused to erase the FOTA partition (%1). Check that no download or update is running on it, then try again; if it persists, restart the module.</source>
        <translation>Il modulo ha rifiutato di cancellare la partizione FOTA (%1). Verifica che non vi sia in corso alcun download o aggiornamento, poi riprova; se persiste, riavvia il modulo.</translation>
    </message>
    <message>
        <source>The module refused the write at offset %1 of %2 bytes (%3). Write the package again (the partition is erased first); if it fails at the same place, restart the module.</source>
        <translation>Il modulo ha rifiutato la scrittura all&apos;offset %1 di %2 byte (%3). Riscrivi il pacchetto (prima la partizione viene cancellata); se fallisce nello stesso punto, riavvia il modulo.</translation>
    </message>
    <message>
        <source>%1 bytes written to the FOTA partition.</source>
        <translation>%1 byte scritti nella partizione FOTA.</translation>
    </message>
    <message>
        <source>Reading the flash back failed at offset %1 (%2). The firmware may not support AT+CFLR: turn verification off, or write the package again.</source>
        <translation>La rilettura della flash non è riuscita all&apos;offset %1 (%2). Il firmware potrebbe non supportare AT+CFLR: disattiva la verifica o riscrivi il pacchetto.</translation>
    </message>
    <message>
        <source>The flash differs from the package at offset %1. Do not start the update: write the package again.</source>
        <translation>La flash differisce dal pacchetto all&apos;offset %1. Non avviare l&apos;aggiornamento: riscrivi il pacchetto.</translation>
    </message>
    <message>
        <source>%1 bytes written to the FOTA partition and verified.</source>
        <translation>%1 byte scritti nella partizione FOTA e verificati.</translation>
    </message>
    <message>
        <source>The module did not answer %1 in time (at offset %2 of %3 bytes). Check that the baud rate is fixed (AT+IPR) and the cable is sound, then try again.</source>
        <translation>Il modulo non ha risposto a %1 in tempo (all&apos;offset %2 di %3 byte). Verifica che la velocità sia fissa (AT+IPR) e che il cavo sia integro, poi riprova.</translation>
    </message>
    <message>
        <source>The port was lost at offset %1 of %2 bytes (unplugged or rebooted). Reconnect the module and write the package again; the partition is erased first.</source>
        <translation>La porta è stata persa all&apos;offset %1 di %2 byte (scollegata o riavviata). Ricollega il modulo e riscrivi il pacchetto; prima la partizione viene cancellata.</translation>
    </message>
    <message>
        <source>The flash upload was cancelled.</source>
        <translation>Il caricamento in flash è stato annullato.</translation>
    </message>
    <message>
        <source>The module refused the first write, down to %1 bytes (%2). Check that no download or update runs on it and that its firmware has AT+CFLW, then restart the module and try again.</source>
        <translation>Il modulo ha rifiutato la prima scrittura, anche ridotta a %1 byte (%2). Verifica che sul modulo non sia in corso alcun download o aggiornamento e che il suo firmware supporti AT+CFLW, quindi riavvia il modulo e riprova.</translation>
    </message>
    <message numerus="yes">
        <source>The module did not take the bytes of the write at offset %1 of %2, %n time(s) running (%3): the line loses or damages bytes. Check the cable and the adapter, or use a lower rate, then write the package again.</source>
        <translation>
            <numerusform>Il modulo non ha accettato i byte della scrittura all&apos;offset %1 di %2 byte, %n volta di seguito (%3): la linea perde o altera i byte. Controlla il cavo e l&apos;adattatore, o usa una velocità più bassa, poi riscrivi il pacchetto.</numerusform>
            <numerusform>Il modulo non ha accettato i byte della scrittura all&apos;offset %1 di %2 byte, %n volte di seguito (%3): la linea perde o altera i byte. Controlla il cavo e l&apos;adattatore, o usa una velocità più bassa, poi riscrivi il pacchetto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>Module: %1</source>
        <translation>Modulo: %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>The module is installing: never unplug it or power it off now.</source>
        <translation>Il modulo sta installando: ora non scollegarlo né spegnerlo per nessun motivo.</translation>
    </message>
    <message>
        <source>This SIM (IMSI %1) is also in %2. A SIM moved between registered Telit modules blocks their PFM updates until the module registers again.</source>
        <translation>Questa SIM (IMSI %1) risulta anche in %2. Una SIM spostata tra moduli Telit registrati ne blocca gli aggiornamenti PFM finché il modulo non si registra di nuovo.</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Modules</source>
        <translation>Moduli</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 baud</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Update history</source>
        <translation>Cronologia aggiornamenti</translation>
    </message>
    <message>
        <source>Filter by IMEI, model, package, outcome…</source>
        <translation>Filtra per IMEI, modello, pacchetto, esito…</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Apri job</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>Riprendi job</translation>
    </message>
    <message>
        <source>Run an interrupted job again on its module (connect the module first)</source>
        <translation>Esegui di nuovo un job interrotto sul suo modulo (collega prima il modulo)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacchetto</translation>
    </message>
    <message>
        <source>Firmware before</source>
        <translation>Firmware prima</translation>
    </message>
    <message>
        <source>Firmware after</source>
        <translation>Firmware dopo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>Port names (ttyUSB0, COM3) or device paths (symlinks allowed).</source>
        <translation>Nomi di porta (ttyUSB0, COM3) o percorsi di dispositivo (collegamenti simbolici ammessi).</translation>
    </message>
    <message>
        <source>Try only this rate instead of the list.</source>
        <translation>Prova solo questa velocità invece dell&apos;elenco.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Stampa un unico documento JSON.</translation>
    </message>
    <message>
        <source>identify needs at least one port; run &apos;fotadesk-cli ports&apos; to list them</source>
        <translation>identify richiede almeno una porta; esegui &apos;fotadesk-cli ports&apos; per elencarle</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famiglia</translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation>produttore</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modello</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>firmware</translation>
    </message>
    <message>
        <source>imei</source>
        <translation>imei</translation>
    </message>
    <message>
        <source>imsi</source>
        <translation>imsi</translation>
    </message>
    <message>
        <source>(not readable: %1)</source>
        <translation>(non leggibile: %1)</translation>
    </message>
    <message>
        <source>no SIM answer</source>
        <translation>nessuna risposta dalla SIM</translation>
    </message>
    <message>
        <source>iccid</source>
        <translation>iccid</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>numero di serie</translation>
    </message>
    <message>
        <source>sim</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>baud</source>
        <translation>baud</translation>
    </message>
    <message>
        <source>check that the module is powered and that this is its AT port; if it runs at an unusual rate, give it with --baud N</source>
        <translation>verifica che il modulo sia alimentato e che questa sia la sua porta AT; se funziona a una velocità insolita, indicala con --baud N</translation>
    </message>
    <message>
        <source>the device speaks AT but refuses it; it is probably not a supported module</source>
        <translation>il dispositivo usa i comandi AT ma li rifiuta; probabilmente non è un modulo supportato</translation>
    </message>
    <message>
        <source>add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again</source>
        <translation>aggiungi il tuo utente al gruppo dialout (sudo usermod -aG dialout $USER) e accedi di nuovo</translation>
    </message>
    <message>
        <source>close the program that has the port open (a terminal, ModemManager, another FotaDesk)</source>
        <translation>chiudi il programma che tiene aperta la porta (un terminale, ModemManager, un altro FotaDesk)</translation>
    </message>
    <message>
        <source>if a module is behind it, give its rate with --baud N</source>
        <translation>se dietro c&apos;è un modulo, indica la sua velocità con --baud N</translation>
    </message>
    <message>
        <source>check the cable and the port name</source>
        <translation>controlla il cavo e il nome della porta</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Maker</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linee</translation>
    </message>
    <message>
        <source>No module selected</source>
        <translation>Nessun modulo selezionato</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ImeiCheck</name>
    <message>
        <source>%1 is not an IMEI (14 to 16 digits)</source>
        <translation>%1 non è un IMEI (da 14 a 16 cifre)</translation>
    </message>
    <message>
        <source>the IMEI %1 is all zeros, as on a module never given one</source>
        <translation>l&apos;IMEI %1 è composto solo da zeri, come su un modulo a cui non ne è mai stato assegnato uno</translation>
    </message>
    <message>
        <source>the IMEI %1 is one digit repeated, not a real one</source>
        <translation>l&apos;IMEI %1 è una sola cifra ripetuta, non un IMEI reale</translation>
    </message>
    <message>
        <source>the IMEI %1 has a wrong check digit (Luhn: %2 expected)</source>
        <translation>l&apos;IMEI %1 ha una cifra di controllo errata (Luhn: atteso %2)</translation>
    </message>
</context>
<context>
    <name>Interlock</name>
    <message>
        <source>it holds a control character, after which the module reads on as a command line of its own</source>
        <translation>contiene un carattere di controllo, dopo il quale il modulo legge il resto come una riga di comando a sé</translation>
    </message>
    <message>
        <source>A/ repeats the module&apos;s last command line, which the interlock cannot see</source>
        <translation>A/ ripete l&apos;ultima riga di comando del modulo, che il blocco di sicurezza non può vedere</translation>
    </message>
    <message>
        <source>it does not begin with AT</source>
        <translation>non inizia con AT</translation>
    </message>
    <message>
        <source>it cannot be read past character %1, where a module might still run what came before</source>
        <translation>non si riesce a leggerla oltre il carattere %1, mentre un modulo potrebbe comunque eseguire ciò che lo precede</translation>
    </message>
    <message>
        <source>a string in it is not closed</source>
        <translation>una stringa al suo interno non è chiusa</translation>
    </message>
    <message>
        <source>the command line was not sent: %1. While an update runs, only lines the interlock reads as the module would are sent</source>
        <translation>la riga di comando non è stata inviata: %1. Durante un aggiornamento vengono inviate solo le righe che il blocco di sicurezza legge come le leggerebbe il modulo</translation>
    </message>
    <message>
        <source>%1 would restart or switch off the module in the middle of its update, which can leave it unusable</source>
        <translation>%1 riavvierebbe o spegnerebbe il modulo nel mezzo dell&apos;aggiornamento, il che può renderlo inutilizzabile</translation>
    </message>
</context>
<context>
    <name>InterruptedJobs</name>
    <message>
        <source>its update was interrupted when FotaDesk stopped, at step “%1”.</source>
        <translation>il suo aggiornamento è stato interrotto alla chiusura di FotaDesk, al passo “%1”.</translation>
    </message>
    <message>
        <source>its update from %1 to %2 was interrupted when FotaDesk stopped, at step “%3”.</source>
        <translation>il suo aggiornamento da %1 a %2 è stato interrotto alla chiusura di FotaDesk, al passo “%3”.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Interrupted updates</source>
        <translation>Aggiornamenti interrotti</translation>
    </message>
    <message>
        <source>%1 updates were interrupted when FotaDesk stopped. Resume all of them here as their modules connect, or one by one in the History.</source>
        <translation>%1 aggiornamenti sono stati interrotti alla chiusura di FotaDesk. Riprendili tutti da qui man mano che i moduli si collegano, oppure uno per uno nella Cronologia.</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Riprendi tutti</translation>
    </message>
    <message>
        <source>Run the job again on its module, from where it is safe to start</source>
        <translation>Esegui di nuovo il job sul suo modulo, dal punto in cui è sicuro ripartire</translation>
    </message>
    <message>
        <source>Waiting for the module to be connected: a job resumes on its own module</source>
        <translation>In attesa che il modulo venga collegato: un job riprende sul proprio modulo</translation>
    </message>
</context>
<context>
    <name>JobDetailsDialog</name>
    <message>
        <source>Open transcript</source>
        <translation>Apri trascrizione</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacchetto</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>%1 → %2 (expected %3)</source>
        <translation>%1 → %2 (atteso %3)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Serial line</source>
        <translation>Linea seriale</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Tempo impiegato</translation>
    </message>
</context>
<context>
    <name>JobRecovery</name>
    <message>
        <source>FotaDesk stopped while the module was at step %1; the module may still be installing</source>
        <translation>FotaDesk si è chiuso mentre il modulo era al passo %1; il modulo potrebbe ancora installare</translation>
    </message>
    <message>
        <source>Leave the module powered: FotaDesk verifies its firmware and restores its settings as soon as it is back.</source>
        <translation>Lascia il modulo alimentato: FotaDesk ne verifica il firmware e ripristina le impostazioni appena ritorna.</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1</source>
        <translation>FotaDesk si è chiuso durante il passo %1</translation>
    </message>
    <message>
        <source>Nothing was installed. Resume the job to start it again from its checks.</source>
        <translation>Non è stato installato nulla. Riprendi il job per ricominciarlo dalle verifiche.</translation>
    </message>
    <message>
        <source>job %1 is not in the store</source>
        <translation>il job %1 non è nell&apos;archivio</translation>
    </message>
    <message>
        <source>job %1 is %2, not interrupted</source>
        <translation>il job %1 è %2, non interrotto</translation>
    </message>
    <message>
        <source>job %1 belongs to module %2</source>
        <translation>il job %1 appartiene al modulo %2</translation>
    </message>
    <message>
        <source>the package of job %1 (%2) is no longer in the catalog</source>
        <translation>il pacchetto del job %1 (%2) non è più nel catalogo</translation>
    </message>
    <message>
        <source>The module did not come back after FotaDesk stopped during step %1</source>
        <translation>Il modulo non è tornato dopo la chiusura di FotaDesk durante il passo %1</translation>
    </message>
    <message>
        <source>Check the module (power, cable); when it is back, resume the job to verify it.</source>
        <translation>Controlla il modulo (alimentazione, cavo); quando ritorna, riprendi il job per verificarlo.</translation>
    </message>
    <message>
        <source>Leave the module powered: the next update on it, or the next start of FotaDesk, verifies its firmware and restores its settings.</source>
        <translation>Lascia il modulo alimentato: il prossimo aggiornamento su di esso, o il prossimo avvio di FotaDesk, ne verifica il firmware e ne ripristina le impostazioni.</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1 after the module was told to download the package on its own (%2); it may still be downloading or installing</source>
        <translation>FotaDesk si è chiuso durante il passo %1 dopo che al modulo era stato detto di scaricare il pacchetto da solo (%2); potrebbe ancora scaricarlo o installarlo</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1 after the module was told to install (%2); it may still be installing</source>
        <translation>FotaDesk si è chiuso durante il passo %1 dopo che al modulo era stato detto di installare (%2); potrebbe ancora installare</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>no module</source>
        <translation>nessun modulo</translation>
    </message>
    <message>
        <source>job %1 is already updating this module</source>
        <translation>il job %1 sta già aggiornando questo modulo</translation>
    </message>
    <message>
        <source>the job cannot be recorded in the store</source>
        <translation>il job non può essere registrato nell&apos;archivio</translation>
    </message>
    <message>
        <source>no job runs on this module</source>
        <translation>su questo modulo non è in corso alcun job</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotto</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>Settings backup</source>
        <translation>Backup delle impostazioni</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installazione</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Riavvio</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica versione</translation>
    </message>
    <message>
        <source>Settings restore</source>
        <translation>Ripristino impostazioni</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>PIN della SIM</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dati</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>velocità</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durata</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocchi</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>ripetizioni</translation>
    </message>
    <message>
        <source>%1 in all: the line %2 (%3), the module %4 (%5), FotaDesk %6 (%7)</source>
        <translation>%1 in tutto: linea %2 (%3), modulo %4 (%5), FotaDesk %6 (%7)</translation>
    </message>
    <message>
        <source>The line: the package&apos;s bytes crossing the serial line at the rate used.
The module: its own work (answering commands, checking, installing, rebooting, downloading over its network).
FotaDesk: the rest, FotaDesk&apos;s own share.</source>
        <translation>Linea: i byte del pacchetto che attraversano la linea seriale alla velocità usata.
Modulo: il suo lavoro (rispondere ai comandi, verificare, installare, riavviarsi, scaricare dalla sua rete).
FotaDesk: il resto, la parte di FotaDesk.</translation>
    </message>
    <message>
        <source>%1 (the module&apos;s own rate, not switched)</source>
        <translation>%1 (la velocità propria del modulo, non cambiata)</translation>
    </message>
    <message>
        <source>%1 (switched from %2)</source>
        <translation>%1 (cambiata da %2)</translation>
    </message>
    <message>
        <source>serial rate</source>
        <translation>velocità seriale</translation>
    </message>
    <message>
        <source>rate before</source>
        <translation>velocità prima</translation>
    </message>
    <message>
        <source>module&apos;s rate</source>
        <translation>velocità del modulo</translation>
    </message>
    <message>
        <source>rate switching</source>
        <translation>cambio di velocità</translation>
    </message>
    <message>
        <source>%1 in all: the module %2 (%3), FotaDesk %4 (%5)</source>
        <translation>%1 in tutto: modulo %2 (%3), FotaDesk %4 (%5)</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>Print one JSON document.</source>
        <translation>Stampa un unico documento JSON.</translation>
    </message>
    <message>
        <source>How many recent jobs (default 50).</source>
        <translation>Quanti job recenti (predefinito 50).</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>Il database della cronologia (predefinito: nella cartella dati dell&apos;utente).</translation>
    </message>
    <message>
        <source>--limit wants a positive number; got &quot;%1&quot;</source>
        <translation>--limit richiede un numero positivo; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>impossibile aprire il database della cronologia %1: %2</translation>
    </message>
    <message>
        <source>no update jobs in %1</source>
        <translation>nessun job di aggiornamento in %1</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>started</source>
        <translation>avviato</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modulo</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famiglia</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pacchetto</translation>
    </message>
    <message>
        <source>from</source>
        <translation>da</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>esito</translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation>
            <numerusform> (%n avviso)</numerusform>
            <numerusform> (%n avvisi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted (resume them from FotaDesk):</source>
        <translation>Interrotti (riprendili da FotaDesk):</translation>
    </message>
    <message>
        <source>  job %1 on %2 at step %3: %4</source>
        <translation>  job %1 su %2 al passo %3: %4</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandi</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>URCs</source>
        <translation>URC</translation>
    </message>
    <message>
        <source>FotaDesk notes</source>
        <translation>Note di FotaDesk</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Disturbi</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Cerca nel log</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Mantieni visibile l&apos;ultima riga</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Apri trascrizione</translation>
    </message>
    <message>
        <source>The module&apos;s full log on disk, every line since FotaDesk first saw it</source>
        <translation>Il log completo del modulo su disco, ogni riga da quando FotaDesk lo ha visto la prima volta</translation>
    </message>
    <message>
        <source>No transcript yet</source>
        <translation>Ancora nessuna trascrizione</translation>
    </message>
    <message>
        <source>The module&apos;s full log on disk: %1</source>
        <translation>Il log completo del modulo su disco: %1</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 di %2 righe</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 righe</translation>
    </message>
    <message>
        <source>%1 older lines are only in the transcript</source>
        <translation>%1 righe più vecchie sono solo nella trascrizione</translation>
    </message>
    <message>
        <source>Transfer data</source>
        <translation>Dati di trasferimento</translation>
    </message>
    <message>
        <source>The bytes of package transfers (XMODEM blocks, flash writes), hidden unless asked for; the transcript always has them</source>
        <translation>I byte dei trasferimenti dei pacchetti (blocchi XMODEM, scritture in flash), nascosti se non richiesti; la trascrizione li contiene sempre</translation>
    </message>
</context>
<context>
    <name>Lwm2mProfile</name>
    <message>
        <source>The profile name must be letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; or &apos;:&apos;</source>
        <translation>Il nome del profilo deve contenere lettere, cifre, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; o &apos;:&apos;</translation>
    </message>
    <message>
        <source>The PDP context id must be between 1 and 16</source>
        <translation>L&apos;id del contesto PDP deve essere tra 1 e 16</translation>
    </message>
    <message>
        <source>The server must be coap://host:port or coaps://host:port</source>
        <translation>Il server deve essere coap://host:porta o coaps://host:porta</translation>
    </message>
    <message>
        <source>Without security the server URI must use coap://</source>
        <translation>Senza sicurezza l&apos;URI del server deve usare coap://</translation>
    </message>
    <message>
        <source>With PSK or certificate security the server URI must use coaps://</source>
        <translation>Con sicurezza PSK o a certificato l&apos;URI del server deve usare coaps://</translation>
    </message>
    <message>
        <source>PSK security needs an identity (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;)</source>
        <translation>La sicurezza PSK richiede un&apos;identità (lettere, cifre, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;)</translation>
    </message>
    <message>
        <source>The PSK key must be given in hexadecimal</source>
        <translation>La chiave PSK deve essere indicata in esadecimale</translation>
    </message>
    <message>
        <source>The lifetime must be at least one second</source>
        <translation>La durata deve essere di almeno un secondo</translation>
    </message>
    <message>
        <source>The binding must be one of U, UQ, S, SQ, US, UQS or N</source>
        <translation>Il binding deve essere U, UQ, S, SQ, US, UQS o N</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>download in corso</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>scaricato</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>aggiornamento in corso</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>stato %1</translation>
    </message>
    <message>
        <source>no update result yet</source>
        <translation>ancora nessun esito dell&apos;aggiornamento</translation>
    </message>
    <message>
        <source>firmware updated successfully</source>
        <translation>firmware aggiornato con successo</translation>
    </message>
    <message>
        <source>not enough flash memory for the package</source>
        <translation>memoria flash insufficiente per il pacchetto</translation>
    </message>
    <message>
        <source>Use a delta package instead of a full image.</source>
        <translation>Usa un pacchetto delta invece di un&apos;immagine completa.</translation>
    </message>
    <message>
        <source>out of RAM during the download</source>
        <translation>RAM esaurita durante il download</translation>
    </message>
    <message>
        <source>Restart the module and let the server start the update again.</source>
        <translation>Riavvia il modulo e lascia che il server avvii di nuovo l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>connection lost during the download</source>
        <translation>connessione persa durante il download</translation>
    </message>
    <message>
        <source>Check the coverage and the APN; the server can start the update again.</source>
        <translation>Controlla la copertura e l&apos;APN; il server può avviare di nuovo l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>integrity check of the package failed</source>
        <translation>verifica di integrità del pacchetto non riuscita</translation>
    </message>
    <message>
        <source>Check the package on the LwM2M server.</source>
        <translation>Controlla il pacchetto sul server LwM2M.</translation>
    </message>
    <message>
        <source>unsupported package type</source>
        <translation>tipo di pacchetto non supportato</translation>
    </message>
    <message>
        <source>Publish a package made for this module on the LwM2M server.</source>
        <translation>Pubblica sul server LwM2M un pacchetto creato per questo modulo.</translation>
    </message>
    <message>
        <source>invalid package URI</source>
        <translation>URI del pacchetto non valido</translation>
    </message>
    <message>
        <source>Check the package URI the LwM2M server wrote to /5/0/1.</source>
        <translation>Controlla l&apos;URI del pacchetto che il server LwM2M ha scritto in /5/0/1.</translation>
    </message>
    <message>
        <source>firmware update failed</source>
        <translation>aggiornamento del firmware non riuscito</translation>
    </message>
    <message>
        <source>The module keeps its firmware; check that the package fits its base version.</source>
        <translation>Il modulo mantiene il suo firmware; verifica che il pacchetto corrisponda alla versione di base.</translation>
    </message>
    <message>
        <source>unsupported download protocol</source>
        <translation>protocollo di download non supportato</translation>
    </message>
    <message>
        <source>Let the LwM2M server offer the package over a protocol the module supports.</source>
        <translation>Fai offrire al server LwM2M il pacchetto tramite un protocollo supportato dal modulo.</translation>
    </message>
    <message>
        <source>result %1, not documented</source>
        <translation>esito %1, non documentato</translation>
    </message>
    <message>
        <source>Read the module&apos;s object 5 and contact support.</source>
        <translation>Leggi l&apos;oggetto 5 del modulo e contatta l&apos;assistenza.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Aggiorna…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Update the selected modules&apos; firmware</source>
        <translation>Aggiorna il firmware dei moduli selezionati</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Cancel the selected modules&apos; jobs, where the module still allows it</source>
        <translation>Annulla i job dei moduli selezionati, dove il modulo lo consente ancora</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>Annulla &amp;tutti</translation>
    </message>
    <message>
        <source>Cancel every running job, where the modules still allow it</source>
        <translation>Annulla tutti i job in corso, dove i moduli lo consentono ancora</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Ricerca di nuovo</translation>
    </message>
    <message>
        <source>Look for modules on every port again</source>
        <translation>Cerca di nuovo i moduli su tutte le porte</translation>
    </message>
    <message>
        <source>&amp;Release port</source>
        <translation>&amp;Rilascia porta</translation>
    </message>
    <message>
        <source>Close the port so another tool can use it</source>
        <translation>Chiudi la porta perché un altro programma possa usarla</translation>
    </message>
    <message>
        <source>Re&amp;claim port</source>
        <translation>Ri&amp;prendi porta</translation>
    </message>
    <message>
        <source>Take a released port back</source>
        <translation>Riprendi una porta rilasciata</translation>
    </message>
    <message>
        <source>AT &amp;console</source>
        <translation>&amp;Console AT</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Talk to the selected module</source>
        <translation>Comunica con il modulo selezionato</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Past update jobs</source>
        <translation>Job di aggiornamento passati</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Ports, agreements, timeouts, package server, data folder, language</source>
        <translation>Porte, consensi, timeout, server dei pacchetti, cartella dati, lingua</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit FotaDesk</source>
        <translation>Esci da FotaDesk</translation>
    </message>
    <message>
        <source>&amp;About FotaDesk</source>
        <translation>&amp;Informazioni su FotaDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Moduli</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Serial &amp;ports</source>
        <translation>&amp;Porte seriali</translation>
    </message>
    <message>
        <source>Every serial port and what is on it, with advice for those without a module</source>
        <translation>Tutte le porte seriali e cosa vi è collegato, con consigli per quelle senza modulo</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Esporta &amp;diagnostica…</translation>
    </message>
    <message>
        <source>Save everything about the selected module for support in one zip: identity, jobs, settings backups, transcripts, versions; secrets masked</source>
        <translation>Salva tutto sul modulo selezionato in un unico zip per l&apos;assistenza: identità, job, backup delle impostazioni, trascrizioni, versioni; segreti mascherati</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FotaDesk</source>
        <translation>FotaDesk</translation>
    </message>
    <message>
        <source>About FotaDesk</source>
        <translation>Informazioni su FotaDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Firmware updates for cellular IoT modules over serial/USB and over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 and Sierra Wireless HL78xx.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aggiornamenti firmware per moduli IoT cellulari via seriale/USB e over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 e Sierra Wireless HL78xx.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quitting stops the running update. It is recorded as interrupted, and FotaDesk offers to resume it at its next start.</source>
        <translation>Uscendo si interrompe l&apos;aggiornamento in corso. Viene registrato come interrotto e FotaDesk propone di riprenderlo al prossimo avvio.</translation>
    </message>
    <message>
        <source>Quitting stops the running updates. They are recorded as interrupted, and FotaDesk offers to resume them at its next start.</source>
        <translation>Uscendo si interrompono gli aggiornamenti in corso. Vengono registrati come interrotti e FotaDesk propone di riprenderli al prossimo avvio.</translation>
    </message>
    <message>
        <source>One module is installing its new firmware and cannot be stopped: it finishes on its own. Leave it powered and connected.</source>
        <translation>Un modulo sta installando il nuovo firmware e non può essere fermato: termina da solo. Lascialo alimentato e collegato.</translation>
    </message>
    <message>
        <source>%1 modules are installing their new firmware and cannot be stopped: they finish on their own. Leave them powered and connected.</source>
        <translation>%1 moduli stanno installando il nuovo firmware e non possono essere fermati: terminano da soli. Lasciali alimentati e collegati.</translation>
    </message>
    <message>
        <source>Quit FotaDesk?</source>
        <translation>Uscire da FotaDesk?</translation>
    </message>
    <message>
        <source>An update is still running.</source>
        <translation>Un aggiornamento è ancora in corso.</translation>
    </message>
    <message>
        <source>%1 updates are still running.</source>
        <translation>%1 aggiornamenti sono ancora in corso.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Esci comunque</translation>
    </message>
    <message>
        <source>Keep updating</source>
        <translation>Continua l&apos;aggiornamento</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Esporta diagnostica</translation>
    </message>
    <message>
        <source>The diagnostics could not be written.</source>
        <translation>Impossibile scrivere la diagnostica.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivi zip (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics are still being written; try again in a moment.</source>
        <translation>La diagnostica è ancora in scrittura; riprova tra un momento.</translation>
    </message>
    <message>
        <source>Writing diagnostics to %1…</source>
        <translation>Scrittura della diagnostica in %1…</translation>
    </message>
</context>
<context>
    <name>MethodChoice</name>
    <message>
        <source>the LwM2M server</source>
        <translation>il server LwM2M</translation>
    </message>
    <message>
        <source>the Telit PFM server</source>
        <translation>il server Telit PFM</translation>
    </message>
    <message>
        <source>SIMCom&apos;s FOTA server (AT+CFOTA=1)</source>
        <translation>il server FOTA di SIMCom (AT+CFOTA=1)</translation>
    </message>
    <message>
        <source>AirVantage</source>
        <translation>AirVantage</translation>
    </message>
    <message>
        <source>the URL given</source>
        <translation>l&apos;URL indicato</translation>
    </message>
    <message>
        <source>Over the air: the Telit PFM server (no file needed)</source>
        <translation>Over the air: il server Telit PFM (nessun file necessario)</translation>
    </message>
    <message>
        <source>Over the air: AT+CFOTA=1 from SIMCom&apos;s server (no file needed)</source>
        <translation>Over the air: AT+CFOTA=1 dal server di SIMCom (nessun file necessario)</translation>
    </message>
    <message>
        <source>Over the air: AirVantage (no file needed)</source>
        <translation>Over the air: AirVantage (nessun file necessario)</translation>
    </message>
    <message>
        <source>Over the air: ^SNFOTA download, served by FotaDesk or from a URL</source>
        <translation>Over the air: download ^SNFOTA, fornito da FotaDesk o da un URL</translation>
    </message>
    <message>
        <source>Over the air: LwM2M client (no file needed)</source>
        <translation>Over the air: client LwM2M (nessun file necessario)</translation>
    </message>
</context>
<context>
    <name>ModemLinesWidget</name>
    <message>
        <source>not reported by this port</source>
        <translation>non riportate da questa porta</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bassa</translation>
    </message>
</context>
<context>
    <name>ModemManagerCheck</name>
    <message>
        <source>ModemManager has %1 open and talks to the module. Inhibit the device while updating (mmcli --inhibit-device=&lt;uid&gt;, or the ModemManager D-Bus InhibitDevice call), or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d so ModemManager ignores these modules.</source>
        <translation>ModemManager ha aperto %1 e comunica con il modulo. Inibisci il dispositivo durante l&apos;aggiornamento (mmcli --inhibit-device=&lt;uid&gt;, oppure la chiamata D-Bus InhibitDevice di ModemManager), o installa packaging/70-fotadesk-modems.rules in /etc/udev/rules.d perché ModemManager ignori questi moduli.</translation>
    </message>
    <message>
        <source>ModemManager is running and may be probing %1. If the module answers garbage or the port is busy, inhibit the device over D-Bus while updating or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d.</source>
        <translation>ModemManager è in esecuzione e potrebbe sondare %1. Se il modulo risponde con dati illeggibili o la porta è occupata, inibisci il dispositivo via D-Bus durante l&apos;aggiornamento o installa packaging/70-fotadesk-modems.rules in /etc/udev/rules.d.</translation>
    </message>
</context>
<context>
    <name>ModemManagerInhibitor</name>
    <message>
        <source>ModemManager did not let go of %1 (%2). It may probe the module during the update. Install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d and run &quot;udevadm control --reload &amp;&amp; udevadm trigger&quot; so ModemManager ignores the modules&apos; update ports, or allow this user to control ModemManager devices.</source>
        <translation>ModemManager non ha rilasciato %1 (%2). Potrebbe sondare il modulo durante l&apos;aggiornamento. Installa packaging/70-fotadesk-modems.rules in /etc/udev/rules.d ed esegui &quot;udevadm control --reload &amp;&amp; udevadm trigger&quot; perché ModemManager ignori le porte di aggiornamento dei moduli, oppure consenti a questo utente di controllare i dispositivi di ModemManager.</translation>
    </message>
    <message>
        <source>Inhibiting ModemManager is turned off in Settings.</source>
        <translation>L&apos;inibizione di ModemManager è disattivata nelle Impostazioni.</translation>
    </message>
    <message>
        <source>No D-Bus system bus (%1): ModemManager cannot be running; nothing to inhibit.</source>
        <translation>Nessun bus di sistema D-Bus (%1): ModemManager non può essere in esecuzione; niente da inibire.</translation>
    </message>
    <message>
        <source>ModemManager is not running; nothing to inhibit.</source>
        <translation>ModemManager non è in esecuzione; niente da inibire.</translation>
    </message>
    <message>
        <source>ModemManager does not manage %1; nothing to inhibit.</source>
        <translation>ModemManager non gestisce %1; niente da inibire.</translation>
    </message>
</context>
<context>
    <name>ModuleDriver</name>
    <message>
        <source>method %1 sends the package from this computer: give the file with --package (or choose it in the update dialog)</source>
        <translation>il metodo %1 invia il pacchetto da questo computer: indica il file con --package (o sceglilo nella finestra di aggiornamento)</translation>
    </message>
</context>
<context>
    <name>ModuleIdentity</name>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 invece di %2</translation>
    </message>
    <message>
        <source>serial number %1 instead of %2</source>
        <translation>numero di serie %1 invece di %2</translation>
    </message>
    <message>
        <source>SIM %1 instead of %2</source>
        <translation>SIM %1 invece di %2</translation>
    </message>
</context>
<context>
    <name>ModulePanel</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>AT console</source>
        <translation>Console AT</translation>
    </message>
</context>
<context>
    <name>ModuleSession</name>
    <message>
        <source>found again on %1</source>
        <translation>ritrovato su %1</translation>
    </message>
    <message>
        <source>connected on %1</source>
        <translation>connesso su %1</translation>
    </message>
    <message>
        <source>port released for other tools</source>
        <translation>porta rilasciata ad altri programmi</translation>
    </message>
    <message>
        <source>the port is released</source>
        <translation>la porta è rilasciata</translation>
    </message>
    <message>
        <source>the module is not connected</source>
        <translation>il modulo non è connesso</translation>
    </message>
    <message>
        <source>port %1 lost</source>
        <translation>porta %1 persa</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN; entering it</source>
        <translation>la SIM chiede il PIN; lo si inserisce</translation>
    </message>
    <message>
        <source>SIM PIN accepted</source>
        <translation>PIN della SIM accettato</translation>
    </message>
    <message>
        <source>the SIM refused the PIN (%1); enter the right PIN before another attempt, the SIM locks after three</source>
        <translation>la SIM ha rifiutato il PIN (%1); inserisci il PIN corretto prima di riprovare, la SIM si blocca dopo tre errori</translation>
    </message>
</context>
<context>
    <name>ModuleText</name>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Rilasciato</translation>
    </message>
    <message>
        <source>Released to another tool</source>
        <translation>Rilasciato a un altro programma</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 rimanenti</translation>
    </message>
    <message>
        <source>%1 of %2 max</source>
        <translation>%1 su max %2</translation>
    </message>
    <message>
        <source>Best for each family</source>
        <translation>Il migliore per ogni famiglia</translation>
    </message>
    <message>
        <source>Local: 1K-XMODEM over the serial port</source>
        <translation>Locale: 1K-XMODEM sulla porta seriale</translation>
    </message>
    <message>
        <source>Local: flash writes (AT+CFLW)</source>
        <translation>Locale: scritture in flash (AT+CFLW)</translation>
    </message>
    <message>
        <source>Local: HTTP download from FotaDesk to the module&apos;s file system</source>
        <translation>Locale: download HTTP da FotaDesk al file system del modulo</translation>
    </message>
    <message>
        <source>Over the air: the module&apos;s own FOTA client</source>
        <translation>Over the air: il client FOTA del modulo</translation>
    </message>
    <message>
        <source>Over the air: LwM2M client</source>
        <translation>Over the air: client LwM2M</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Eco</translation>
    </message>
    <message>
        <source>URC</source>
        <translation>URC</translation>
    </message>
    <message>
        <source>Unsolicited</source>
        <translation>Non richiesto</translation>
    </message>
    <message>
        <source>Data prompt</source>
        <translation>Prompt dati</translation>
    </message>
    <message>
        <source>Data out</source>
        <translation>Dati in uscita</translation>
    </message>
    <message>
        <source>Data in</source>
        <translation>Dati in ingresso</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Disturbi</translation>
    </message>
    <message>
        <source>FotaDesk</source>
        <translation>FotaDesk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>PIN needed</source>
        <translation>PIN richiesto</translation>
    </message>
    <message>
        <source>PUK needed</source>
        <translation>PUK richiesto</translation>
    </message>
    <message>
        <source>%1 Bd</source>
        <translation>%1 Bd</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>updated to %1 and verified, in %2</source>
        <translation>aggiornato a %1 e verificato, in %2</translation>
    </message>
    <message>
        <source>update cancelled; the module keeps %1</source>
        <translation>aggiornamento annullato; il modulo mantiene %1</translation>
    </message>
    <message>
        <source>update failed (%1)</source>
        <translation>aggiornamento non riuscito (%1)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
    <message>
        <source>update not started: %1</source>
        <translation>aggiornamento non avviato: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Select the module and show its log</source>
        <translation>Seleziona il modulo e mostra il suo log</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>aggiornamento non riuscito</translation>
    </message>
</context>
<context>
    <name>PackageCatalog</name>
    <message>
        <source>package %1 is not in the catalog</source>
        <translation>il pacchetto %1 non è nel catalogo</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was catalogued (SHA-256 %2, now %3); add it again if the new file is the one you want</source>
        <translation>%1 è cambiato su disco da quando è stato catalogato (SHA-256 %2, ora %3); aggiungilo di nuovo se il nuovo file è quello voluto</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 è vuoto</translation>
    </message>
    <message>
        <source>%1 does not match its manifest (size, SHA-256 or MD5 differ): the file or the manifest is wrong</source>
        <translation>%1 non corrisponde al suo manifest (dimensione, SHA-256 o MD5 diversi): il file o il manifest è errato</translation>
    </message>
    <message>
        <source>the catalog could not be saved</source>
        <translation>impossibile salvare il catalogo</translation>
    </message>
</context>
<context>
    <name>PackageFileDialog</name>
    <message>
        <source>Add a firmware package</source>
        <translation>Aggiungi un pacchetto firmware</translation>
    </message>
    <message>
        <source>e.g. HL7800; empty: any model of the family</source>
        <translation>ad es. HL7800; vuoto: qualsiasi modello della famiglia</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Dalla versione</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>Alla versione</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>The manifest %1 describes this package. Leave the fields empty to use it; what you enter here wins.</source>
        <translation>Il manifest %1 descrive questo pacchetto. Lascia vuoti i campi per usarlo; ciò che inserisci qui ha la precedenza.</translation>
    </message>
    <message>
        <source>The file name says %1 → %2: labels, not firmware versions a module reports, so they are not checked against the module.</source>
        <translation>Il nome del file indica %1 → %2: sono etichette, non versioni firmware riportate da un modulo, quindi non vengono confrontate con il modulo.</translation>
    </message>
    <message>
        <source>The file says nothing about itself (no manifest %1, no versions in its name).</source>
        <translation>Il file non fornisce informazioni su se stesso (nessun manifest %1, nessuna versione nel nome).</translation>
    </message>
    <message>
        <source>Every field may stay empty: the family and model are then the target module&apos;s, and the base version is checked by the module only. With no “To” version any new firmware after the reboot counts as success.</source>
        <translation>Ogni campo può restare vuoto: famiglia e modello sono allora quelli del modulo di destinazione e la versione di base viene verificata solo dal modulo. Senza “Alla versione”, qualsiasi nuovo firmware dopo il riavvio vale come successo.</translation>
    </message>
    <message>
        <source>Not given: the target module&apos;s</source>
        <translation>Non indicato: quello del modulo di destinazione</translation>
    </message>
    <message>
        <source>the firmware the delta applies to; empty: not checked</source>
        <translation>il firmware a cui si applica il delta; vuoto: non verificato</translation>
    </message>
    <message>
        <source>the firmware after the update; empty: any new one</source>
        <translation>il firmware dopo l&apos;aggiornamento; vuoto: qualsiasi nuovo firmware</translation>
    </message>
    <message>
        <source>The selected module&apos;s firmware now. Clear it if the package is for another base; the module checks the package either way.</source>
        <translation>Il firmware attuale del modulo selezionato. Cancellalo se il pacchetto è per un&apos;altra base; il modulo verifica comunque il pacchetto.</translation>
    </message>
</context>
<context>
    <name>PackageHasher</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>lettura di %1 non riuscita: %2</translation>
    </message>
</context>
<context>
    <name>PackageMetadataReader</name>
    <message>
        <source>the manifest %1 cannot be read: %2</source>
        <translation>impossibile leggere il manifest %1: %2</translation>
    </message>
    <message>
        <source>the manifest %1 is not a JSON object (%2 at byte %3); fix or remove it</source>
        <translation>il manifest %1 non è un oggetto JSON (%2 al byte %3); correggilo o rimuovilo</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>un altro valore JSON</translation>
    </message>
    <message>
        <source>the manifest %1 has a field that is not text (family, model, from, to, sha256 and md5 are strings)</source>
        <translation>il manifest %1 ha un campo che non è testo (family, model, from, to, sha256 e md5 sono stringhe)</translation>
    </message>
    <message>
        <source>the manifest %1 names an unknown family &quot;%2&quot; (telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx)</source>
        <translation>il manifest %1 indica una famiglia sconosciuta &quot;%2&quot; (telit-pfm, cinterion, simcom-sim7020 o sierra-hl78xx)</translation>
    </message>
    <message>
        <source>the manifest %1 gives a size that is not a positive whole number</source>
        <translation>il manifest %1 indica una dimensione che non è un intero positivo</translation>
    </message>
    <message>
        <source>the manifest %1 has a sha256 or md5 that is not a hex digest</source>
        <translation>il manifest %1 ha uno sha256 o md5 che non è un digest esadecimale</translation>
    </message>
    <message>
        <source>the name %1 does not say which versions it updates</source>
        <translation>il nome %1 non dice quali versioni aggiorna</translation>
    </message>
    <message>
        <source>%1 has no manifest %2, and this station requires one for every package (--require-manifest, or Settings &gt; Package server and data)</source>
        <translation>%1 non ha un manifest %2 e questa postazione ne richiede uno per ogni pacchetto (--require-manifest, oppure Impostazioni &gt; Server dei pacchetti e dati)</translation>
    </message>
</context>
<context>
    <name>PackageModel</name>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificata</translation>
    </message>
    <message>
        <source>%1 (file name label)</source>
        <translation>%1 (etichetta del nome file)</translation>
    </message>
    <message>
        <source>any new firmware</source>
        <translation>qualsiasi nuovo firmware</translation>
    </message>
    <message>
        <source>Not given: the package goes to the modules chosen below, whatever they are; the module checks it</source>
        <translation>Non indicato: il pacchetto va ai moduli scelti qui sotto, quali che siano; il modulo lo verifica</translation>
    </message>
    <message>
        <source>The base version is not checked: the package does not say it (a file name&apos;s label is no firmware version). The module checks the package itself.</source>
        <translation>La versione di base non viene verificata: il pacchetto non la indica (l&apos;etichetta di un nome file non è una versione firmware). Il modulo verifica il pacchetto da sé.</translation>
    </message>
    <message>
        <source>Any new firmware after the reboot counts as success.</source>
        <translation>Qualsiasi nuovo firmware dopo il riavvio vale come successo.</translation>
    </message>
</context>
<context>
    <name>PackageServer</name>
    <message>
        <source>The package server is already listening on %1.</source>
        <translation>Il server dei pacchetti è già in ascolto su %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3. Choose another address or port.</source>
        <translation>Impossibile ascoltare su %1 porta %2: %3. Scegli un altro indirizzo o porta.</translation>
    </message>
</context>
<context>
    <name>PfmServer</name>
    <message>
        <source>An SMS number has %1 to %2 digits, e.g. +15550100.</source>
        <translation>Un numero SMS ha da %1 a %2 cifre, ad es. +15550100.</translation>
    </message>
    <message>
        <source>Write an IPv6 server as [address]:port, e.g. [2001:db8::7]:5000.</source>
        <translation>Scrivi un server IPv6 come [indirizzo]:porta, ad es. [2001:db8::7]:5000.</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address.</source>
        <translation>%1 non è un indirizzo IPv6.</translation>
    </message>
    <message>
        <source>Add the server&apos;s port after a colon, e.g. %1:5000.</source>
        <translation>Aggiungi la porta del server dopo i due punti, ad es. %1:5000.</translation>
    </message>
    <message>
        <source>Enter the PFM server&apos;s SMS number (e.g. +15550100) or its address and port (e.g. 203.0.113.7:5000).</source>
        <translation>Inserisci il numero SMS del server PFM (ad es. +15550100) o il suo indirizzo e la porta (ad es. 203.0.113.7:5000).</translation>
    </message>
    <message>
        <source>The server&apos;s address is missing before the port.</source>
        <translation>Manca l&apos;indirizzo del server prima della porta.</translation>
    </message>
    <message>
        <source>%1 is neither an IP address nor a host name.</source>
        <translation>%1 non è né un indirizzo IP né un nome host.</translation>
    </message>
    <message>
        <source>The port after the colon is a number from 1 to 65535.</source>
        <translation>La porta dopo i due punti è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Empty: the module uses the PFM server it registered with before. A module never registered waits for an offer that cannot come.</source>
        <translation>Vuoto: il modulo usa il server PFM su cui si è registrato in precedenza. Un modulo mai registrato attende un&apos;offerta che non può arrivare.</translation>
    </message>
    <message>
        <source>The module registers by SMS with %1.</source>
        <translation>Il modulo si registra via SMS su %1.</translation>
    </message>
    <message>
        <source>The module registers over IP with %1, port %2, through the APN.</source>
        <translation>Il modulo si registra via IP su %1, porta %2, tramite l&apos;APN.</translation>
    </message>
</context>
<context>
    <name>PortInfo</name>
    <message>
        <source>Telit</source>
        <translation>Telit</translation>
    </message>
    <message>
        <source>Thales/Cinterion</source>
        <translation>Thales/Cinterion</translation>
    </message>
    <message>
        <source>SIMCom</source>
        <translation>SIMCom</translation>
    </message>
    <message>
        <source>Sierra Wireless</source>
        <translation>Sierra Wireless</translation>
    </message>
</context>
<context>
    <name>PortStatus</name>
    <message>
        <source>waiting to settle</source>
        <translation>in attesa di stabilizzarsi</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>rilevamento in corso</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modulo</translation>
    </message>
    <message>
        <source>other interface of a module</source>
        <translation>altra interfaccia di un modulo</translation>
    </message>
    <message>
        <source>not a module</source>
        <translation>non è un modulo</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupata</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>released</source>
        <translation>rilasciata</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>scomparsa</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <source>Print one JSON document.</source>
        <translation>Stampa un unico documento JSON.</translation>
    </message>
    <message>
        <source>ports takes no arguments; to look at one port use &apos;fotadesk-cli identify &lt;port&gt;&apos;</source>
        <translation>ports non accetta argomenti; per esaminare una porta usa &apos;fotadesk-cli identify &lt;port&gt;&apos;</translation>
    </message>
    <message>
        <source>No serial ports found. Pseudo-terminals and other paths are not listed by the system: add --scan GLOB (e.g. --scan &apos;/tmp/modems/*&apos;).</source>
        <translation>Nessuna porta seriale trovata. Gli pseudo-terminali e altri percorsi non sono elencati dal sistema: aggiungi --scan GLOB (ad es. --scan &apos;/tmp/modems/*&apos;).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORTA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMIGLIA</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELLO</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <source>BAUD</source>
        <translation>BAUD</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETTAGLI</translation>
    </message>
</context>
<context>
    <name>PortsDialog</name>
    <message>
        <source>Serial ports</source>
        <translation>Porte seriali</translation>
    </message>
    <message>
        <source>A module that is plugged in but not in the fleet table is on one of these ports; its status says why and what to do.</source>
        <translation>Un modulo collegato ma assente dalla tabella dei moduli si trova su una di queste porte; il suo stato dice perché e cosa fare.</translation>
    </message>
</context>
<context>
    <name>PortsModel</name>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>USB id</source>
        <translation>ID USB</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Produttore</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>the module is not connected</source>
        <translation>il modulo non è connesso</translation>
    </message>
    <message>
        <source>another job (%1) is updating this module</source>
        <translation>un altro job (%1) sta aggiornando questo modulo</translation>
    </message>
    <message>
        <source>the package file %1 cannot be read</source>
        <translation>impossibile leggere il file del pacchetto %1</translation>
    </message>
    <message>
        <source>the package %1 changed on disk since it was catalogued (SHA-256 %2..., now %3...)</source>
        <translation>il pacchetto %1 è cambiato su disco da quando è stato catalogato (SHA-256 %2..., ora %3...)</translation>
    </message>
    <message>
        <source>the module went away</source>
        <translation>il modulo è scomparso</translation>
    </message>
    <message>
        <source>the module went away during the checks</source>
        <translation>il modulo è scomparso durante le verifiche</translation>
    </message>
    <message>
        <source>the SIM refused the PIN (%1); FotaDesk does not try again, the SIM locks after three wrong PINs</source>
        <translation>la SIM ha rifiutato il PIN (%1); FotaDesk non riprova, la SIM si blocca dopo tre PIN errati</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN and none was given; the module needs it again after the update</source>
        <translation>la SIM chiede il PIN e non ne è stato indicato alcuno; il modulo ne ha di nuovo bisogno dopo l&apos;aggiornamento</translation>
    </message>
    <message>
        <source>the SIM is blocked and asks for its PUK; unblock it first</source>
        <translation>la SIM è bloccata e chiede il PUK; sbloccala prima</translation>
    </message>
    <message>
        <source>the module refused a fixed serial rate (%1); with autobauding its messages after the reboot are lost</source>
        <translation>il modulo ha rifiutato una velocità seriale fissa (%1); con il rilevamento automatico i suoi messaggi dopo il riavvio vanno persi</translation>
    </message>
    <message>
        <source>autobauding is on (AT+IPR? answers 0): the module&apos;s messages after its reboot would be lost; set a fixed rate with AT+IPR=&lt;rate&gt;</source>
        <translation>il rilevamento automatico della velocità è attivo (AT+IPR? risponde 0): i messaggi del modulo dopo il riavvio andrebbero persi; imposta una velocità fissa con AT+IPR=&lt;velocità&gt;</translation>
    </message>
    <message>
        <source>Check the package and the module; override the checks only if you are sure this package applies.</source>
        <translation>Controlla il pacchetto e il modulo; ignora le verifiche solo se sei sicuro che questo pacchetto si applichi.</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Resolve the reason above and start the update again.</source>
        <translation>Sul modulo non è stato cambiato nulla. Risolvi il motivo indicato sopra e avvia di nuovo l&apos;aggiornamento.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>no port driver for %1</source>
        <translation>nessun driver di porta per %1</translation>
    </message>
    <message>
        <source>the port is in use by another program (%1)</source>
        <translation>la porta è usata da un altro programma (%1)</translation>
    </message>
    <message>
        <source>no permission to open the port (%1)</source>
        <translation>nessun permesso di aprire la porta (%1)</translation>
    </message>
    <message>
        <source>the port does not exist (any more)</source>
        <translation>la porta non esiste (più)</translation>
    </message>
    <message>
        <source>cannot open the port: %1</source>
        <translation>impossibile aprire la porta: %1</translation>
    </message>
    <message>
        <source>probe cancelled</source>
        <translation>rilevamento annullato</translation>
    </message>
    <message>
        <source>answers OK to AT but no identity command</source>
        <translation>risponde OK ad AT ma a nessun comando di identità</translation>
    </message>
    <message>
        <source>the port went away while it was being probed</source>
        <translation>la porta è scomparsa durante il rilevamento</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Agreement request from %1</source>
        <translation>Richiesta di consenso da %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; chiede:</translation>
    </message>
    <message>
        <source>Defer %1 min</source>
        <translation>Rimanda di %1 min</translation>
    </message>
    <message>
        <source>The module asks again later</source>
        <translation>Il modulo chiederà di nuovo più tardi</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Let the request lapse; the update does not start</source>
        <translation>Lascia scadere la richiesta; l&apos;aggiornamento non parte</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <source>Time is up: the module no longer waits for an answer</source>
        <translation>Tempo scaduto: il modulo non attende più una risposta</translation>
    </message>
    <message>
        <source>Answer within %1</source>
        <translation>Rispondi entro %1</translation>
    </message>
    <message>
        <source>Answer sent; waiting for the module…</source>
        <translation>Risposta inviata; in attesa del modulo…</translation>
    </message>
</context>
<context>
    <name>RateFinder</name>
    <message>
        <source>cannot write to the port: %1</source>
        <translation>impossibile scrivere sulla porta: %1</translation>
    </message>
    <message>
        <source>answers &quot;%1&quot; to AT</source>
        <translation>risponde &quot;%1&quot; ad AT</translation>
    </message>
    <message>
        <source>prints text but never answers OK to AT (tried %1 baud)</source>
        <translation>stampa testo ma non risponde mai OK ad AT (provati %1 baud)</translation>
    </message>
    <message>
        <source>answers only garbage at every rate tried (%1 baud)</source>
        <translation>risponde solo con dati illeggibili a ogni velocità provata (%1 baud)</translation>
    </message>
    <message>
        <source>no answer to AT at any rate tried (%1 baud)</source>
        <translation>nessuna risposta ad AT a nessuna velocità provata (%1 baud)</translation>
    </message>
</context>
<context>
    <name>RateSwitch</name>
    <message>
        <source>The module refused the serial rate %1 (%2); it stays at %3</source>
        <translation>Il modulo ha rifiutato la velocità seriale %1 (%2); resta a %3</translation>
    </message>
    <message>
        <source>the port does not take %1 baud</source>
        <translation>la porta non accetta %1 baud</translation>
    </message>
    <message>
        <source>The module went away while its serial rate was changed</source>
        <translation>Il modulo è scomparso mentre si cambiava la sua velocità seriale</translation>
    </message>
    <message>
        <source>the module refuses %1 baud (%2)</source>
        <translation>il modulo rifiuta %1 baud (%2)</translation>
    </message>
    <message>
        <source>serial rate %1 baud verified</source>
        <translation>velocità seriale %1 baud verificata</translation>
    </message>
    <message>
        <source>The port could not be set to %1 baud</source>
        <translation>Impossibile impostare la porta a %1 baud</translation>
    </message>
    <message>
        <source>no clean answer at %1 baud; back to %2</source>
        <translation>nessuna risposta pulita a %1 baud; si torna a %2</translation>
    </message>
    <message>
        <source>The module answers neither at %1 nor at %2 baud</source>
        <translation>Il modulo non risponde né a %1 né a %2 baud</translation>
    </message>
    <message>
        <source>The module did not answer cleanly at %1 baud; it stays at %2 baud</source>
        <translation>Il modulo non ha risposto in modo pulito a %1 baud; resta a %2 baud</translation>
    </message>
    <message>
        <source>The module did not answer cleanly at %1 baud; the transfer runs at %2 baud</source>
        <translation>Il modulo non ha risposto in modo pulito a %1 baud; il trasferimento avviene a %2 baud</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>The recording to write.</source>
        <translation>La registrazione da scrivere.</translation>
    </message>
    <message>
        <source>The module&apos;s port.</source>
        <translation>La porta del modulo.</translation>
    </message>
    <message>
        <source>identify (the default), at or update, and its own arguments (see its --help).</source>
        <translation>identify (predefinito), at o update, con i relativi argomenti (vedi il rispettivo --help).</translation>
    </message>
    <message>
        <source>record needs a port; e.g. fotadesk-cli record ttyUSB2 -o module.rec update --package fw.bin</source>
        <translation>record richiede una porta; ad es. fotadesk-cli record ttyUSB2 -o module.rec update --package fw.bin</translation>
    </message>
    <message>
        <source>record needs -o FILE, where the recording goes</source>
        <translation>record richiede -o FILE, dove scrivere la registrazione</translation>
    </message>
    <message>
        <source>record keeps identify, at or update, not &quot;%1&quot;</source>
        <translation>record registra identify, at o update, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the recording %1 cannot be written: %2</source>
        <translation>impossibile scrivere la registrazione %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded in %1</source>
        <translation>
            <numerusform>%n evento registrato in %1</numerusform>
            <numerusform>%n eventi registrati in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>setting not as before the update: %1</source>
        <translation>impostazione diversa da prima dell&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <source>writing a setting back failed: %1</source>
        <translation>riscrittura di un&apos;impostazione non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Package files to serve.</source>
        <translation>File dei pacchetti da fornire.</translation>
    </message>
    <message>
        <source>serve needs at least one package file</source>
        <translation>serve richiede almeno un file di pacchetto</translation>
    </message>
    <message>
        <source>%1 cannot be read; check the path and its permissions</source>
        <translation>impossibile leggere %1; controlla il percorso e i relativi permessi</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n package(s) on %1; press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Fornitura di %n pacchetto su %1; premi Ctrl+C per terminare.</numerusform>
            <numerusform>Fornitura di %n pacchetti su %1; premi Ctrl+C per terminare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n byte(s)</source>
        <translation>
            <numerusform> %n byte</numerusform>
            <numerusform> %n byte</numerusform>
        </translation>
    </message>
    <message>
        <source> (the peer left before the end)</source>
        <translation> (il client si è disconnesso prima della fine)</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Address and port FotaDesk&apos;s package server listens on (default 127.0.0.1, any free port). Use 0.0.0.0:PORT so a module on its mobile network can reach it.</source>
        <translation>Indirizzo e porta su cui è in ascolto il server dei pacchetti di FotaDesk (predefinito 127.0.0.1, qualsiasi porta libera). Usa 0.0.0.0:PORT perché un modulo sulla sua rete mobile possa raggiungerlo.</translation>
    </message>
    <message>
        <source>Host name or address put in the package URLs the modules are given (e.g. the router&apos;s public address that forwards to --bind).</source>
        <translation>Nome host o indirizzo inserito negli URL dei pacchetti forniti ai moduli (ad es. l&apos;indirizzo pubblico del router che inoltra a --bind).</translation>
    </message>
    <message>
        <source>--bind %1 is not ADDR:PORT (e.g. 0.0.0.0:8080)</source>
        <translation>--bind %1 non è nella forma ADDR:PORT (ad es. 0.0.0.0:8080)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3; choose another port with --bind</source>
        <translation>impossibile mettersi in ascolto su %1:%2: %3; scegli un&apos;altra porta con --bind</translation>
    </message>
</context>
<context>
    <name>SessionRecording</name>
    <message>
        <source>a time and an event expected</source>
        <translation>attesi un tempo e un evento</translation>
    </message>
    <message>
        <source>the time is not a number of milliseconds</source>
        <translation>il tempo non è un numero di millisecondi</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>a positive number expected after &quot;%1&quot;</source>
        <translation>atteso un numero positivo dopo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bytes expected after &quot;%1&quot; (escapes: \r \n \t \\ \xHH)</source>
        <translation>attesi byte dopo &quot;%1&quot; (sequenze di escape: \r \n \t \\ \xHH)</translation>
    </message>
    <message>
        <source>nothing expected after &quot;%1&quot;</source>
        <translation>nulla atteso dopo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a FotaDesk recording (its first line is not &quot;%2&quot;)</source>
        <translation>%1 non è una registrazione di FotaDesk (la prima riga non è &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the time goes backwards</source>
        <translation>%1, riga %2: il tempo torna indietro</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 è vuoto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Ask, with the deadline shown</source>
        <translation>Chiedi, mostrando la scadenza</translation>
    </message>
    <message>
        <source>Accept at once</source>
        <translation>Accetta subito</translation>
    </message>
    <message>
        <source>Let the request lapse</source>
        <translation>Lascia scadere la richiesta</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>One path or pattern a line, e.g. /tmp/modems/*</source>
        <translation>Un percorso o modello per riga, ad es. /tmp/modems/*</translation>
    </message>
    <message>
        <source>115200, 921600, 460800</source>
        <translation>115200, 921600, 460800</translation>
    </message>
    <message>
        <source>each family&apos;s documented default</source>
        <translation>valore predefinito documentato di ogni famiglia</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualsiasi porta libera</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Also watch</source>
        <translation>Controlla anche</translation>
    </message>
    <message>
        <source>Baud rates to try</source>
        <translation>Velocità (baud) da provare</translation>
    </message>
    <message>
        <source>Probe answer timeout</source>
        <translation>Timeout di risposta al rilevamento</translation>
    </message>
    <message>
        <source>Wait for a module after its reboot</source>
        <translation>Attesa del modulo dopo il riavvio</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aggiornamenti</translation>
    </message>
    <message>
        <source>Telit upgrade requests (60 s)</source>
        <translation>Richieste di upgrade Telit (60 s)</translation>
    </message>
    <message>
        <source>HL78xx download/install agreements</source>
        <translation>Consensi HL78xx a download/installazione</translation>
    </message>
    <message>
        <source>Defer HL78xx agreements by</source>
        <translation>Rimanda i consensi HL78xx di</translation>
    </message>
    <message>
        <source>Install watchdog</source>
        <translation>Timeout di installazione</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dati</translation>
    </message>
    <message>
        <source>Package server and data</source>
        <translation>Server dei pacchetti e dati</translation>
    </message>
    <message>
        <source>Package server address</source>
        <translation>Indirizzo del server dei pacchetti</translation>
    </message>
    <message>
        <source>Package server port</source>
        <translation>Porta del server dei pacchetti</translation>
    </message>
    <message>
        <source>Data folder (history, transcripts)</source>
        <translation>Cartella dati (cronologia, trascrizioni)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language changes when FotaDesk is started again.</source>
        <translation>La lingua cambia al prossimo avvio di FotaDesk.</translation>
    </message>
    <message>
        <source>Baud rates: one or more numbers between 300 and 4000000, separated by commas.</source>
        <translation>Velocità: uno o più numeri tra 300 e 4000000, separati da virgole.</translation>
    </message>
    <message>
        <source>Package server address: an IP address, e.g. 0.0.0.0 for every interface or 127.0.0.1.</source>
        <translation>Indirizzo del server dei pacchetti: un indirizzo IP, ad es. 0.0.0.0 per tutte le interfacce o 127.0.0.1.</translation>
    </message>
    <message>
        <source>Empty: the address above, or for 0.0.0.0 this computer&apos;s first network address</source>
        <translation>Vuoto: l&apos;indirizzo sopra o, per 0.0.0.0, il primo indirizzo di rete di questo computer</translation>
    </message>
    <message>
        <source>The host name or address modules are told to download from: one they can reach from their mobile network (a public name behind NAT, a VPN address).</source>
        <translation>Il nome host o l&apos;indirizzo da cui i moduli devono scaricare: uno raggiungibile dalla loro rete mobile (un nome pubblico dietro NAT, un indirizzo VPN).</translation>
    </message>
    <message>
        <source>Require a manifest for every package</source>
        <translation>Manifest obbligatorio per ogni pacchetto</translation>
    </message>
    <message>
        <source>A factory&apos;s strictness: a file without its &lt;file&gt;.json manifest is refused, so family, model and versions are always checked. Off: vendor files are used as shipped and the module checks them itself.</source>
        <translation>Rigore da linea di produzione: un file senza il suo manifest &lt;file&gt;.json viene rifiutato, quindi famiglia, modello e versioni vengono sempre verificati. Disattivato: i file del produttore vengono usati così come forniti e il modulo li verifica da sé.</translation>
    </message>
    <message>
        <source>Modules download from host</source>
        <translation>Host da cui scaricano i moduli</translation>
    </message>
    <message>
        <source>Modules download from host: a host name or an IP address only, e.g. fota.example.com or 203.0.113.7 (no http://, no port: the port is set above).</source>
        <translation>Host da cui scaricano i moduli: solo un nome host o un indirizzo IP, ad es. fota.example.com o 203.0.113.7 (niente http://, niente porta: la porta si imposta sopra).</translation>
    </message>
    <message>
        <source>Keep ModemManager off a module while it updates</source>
        <translation>Tieni ModemManager lontano da un modulo durante l&apos;aggiornamento</translation>
    </message>
    <message>
        <source>Linux: ModemManager is asked over D-Bus to let go of the module&apos;s device for the length of its job, as fwupd does, and takes it back afterwards (also if FotaDesk stops). Off: ModemManager is left alone; the udev rule packaging/70-fotadesk-modems.rules keeps it away for good.</source>
        <translation>Linux: a ModemManager viene chiesto via D-Bus di rilasciare il dispositivo del modulo per la durata del suo job, come fa fwupd, e lo riprende dopo (anche se FotaDesk si chiude). Disattivato: ModemManager non viene toccato; la regola udev packaging/70-fotadesk-modems.rules lo tiene lontano in modo permanente.</translation>
    </message>
    <message>
        <source>Off (keep the module&apos;s rate)</source>
        <translation>Disattivato (mantieni la velocità del modulo)</translation>
    </message>
    <message>
        <source>Local transfers (XMODEM on Sierra HL78xx, AT+CFLW on SIMCom SIM7020) switch the serial line up to this rate, as far as the module and the port take it, and back to the module&apos;s own rate afterwards. USB-serial adapters have their own limits: many garble or drop data above 115200 or 460800 baud even where they accept the rate. If transfers fail after the switch, choose a lower rate or Off.</source>
        <translation>I trasferimenti locali (XMODEM su Sierra HL78xx, AT+CFLW su SIMCom SIM7020) portano la linea seriale fino a questa velocità, per quanto il modulo e la porta la reggono, e poi la riportano alla velocità propria del modulo. Gli adattatori USB-seriale hanno limiti propri: molti alterano o perdono dati oltre 115200 o 460800 baud anche quando accettano la velocità. Se i trasferimenti falliscono dopo il cambio, scegli una velocità più bassa o Disattivato.</translation>
    </message>
    <message>
        <source>Fastest transfer rate</source>
        <translation>Velocità massima di trasferimento</translation>
    </message>
    <message>
        <source>Fastest transfer rate: Off, or a number between 300 and 4000000.</source>
        <translation>Velocità massima di trasferimento: Disattivato, oppure un numero tra 300 e 4000000.</translation>
    </message>
</context>
<context>
    <name>SettingsProfile</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>non è un oggetto JSON: %1</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;</source>
        <translation>famiglia sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an item needs a name, a read command and a prefix</source>
        <translation>una voce richiede un nome, un comando di lettura e un prefisso</translation>
    </message>
    <message>
        <source>no settings profile for %1</source>
        <translation>nessun profilo di impostazioni per %1</translation>
    </message>
</context>
<context>
    <name>SettingsRestorer</name>
    <message>
        <source>%1 cannot be written back by FotaDesk</source>
        <translation>%1 non può essere riscritto da FotaDesk</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 ha risposto %2</translation>
    </message>
    <message>
        <source>%1: its password was not kept with the job (secrets never are), so it could not be written back after the interruption: enter it again</source>
        <translation>%1: la password non è stata conservata con il job (i segreti non lo sono mai), quindi non è stato possibile riscriverla dopo l&apos;interruzione: inseriscila di nuovo</translation>
    </message>
</context>
<context>
    <name>SettingsSnapshot</name>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>%1: %2 before the update, %3 now</source>
        <translation>%1: %2 prima dell&apos;aggiornamento, ora %3</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non letto</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 ha risposto %2</translation>
    </message>
    <message>
        <source>%1 did not report it</source>
        <translation>%1 non lo ha riportato</translation>
    </message>
</context>
<context>
    <name>SierraAgreements</name>
    <message>
        <source>The module asks to connect to AirVantage. Connect now or defer? The request cannot be refused; unanswered, it comes back.</source>
        <translation>Il modulo chiede di connettersi ad AirVantage. Connettere ora o rimandare? La richiesta non può essere rifiutata; senza risposta, si ripresenta.</translation>
    </message>
    <message>
        <source>AirVantage offers a firmware package. Download it now or defer? The request cannot be refused; unanswered, it comes back.</source>
        <translation>AirVantage offre un pacchetto firmware. Scaricarlo ora o rimandare? La richiesta non può essere rifiutata; senza risposta, si ripresenta.</translation>
    </message>
    <message>
        <source>The new firmware is ready to install. Install now or defer? The module restarts and must not lose power while it installs.</source>
        <translation>Il nuovo firmware è pronto per l&apos;installazione. Installare ora o rimandare? Il modulo si riavvia e non deve perdere l&apos;alimentazione durante l&apos;installazione.</translation>
    </message>
</context>
<context>
    <name>SierraDriver</name>
    <message>
        <source>%1 is reserved for the running HL78xx update (it would answer or stop its AirVantage operation)</source>
        <translation>%1 è riservato all&apos;aggiornamento HL78xx in corso (risponderebbe alla sua operazione AirVantage o la interromperebbe)</translation>
    </message>
</context>
<context>
    <name>SierraErrors</name>
    <message>
        <source>AirVantage refused the module&apos;s authentication</source>
        <translation>AirVantage ha rifiutato l&apos;autenticazione del modulo</translation>
    </message>
    <message>
        <source>Check that the module (its IMEI) is registered on AirVantage and that its bootstrap credentials are present, then start again.</source>
        <translation>Verifica che il modulo (il suo IMEI) sia registrato su AirVantage e che le sue credenziali di bootstrap siano presenti, poi ricomincia.</translation>
    </message>
    <message>
        <source>AirVantage denied the connection</source>
        <translation>AirVantage ha negato la connessione</translation>
    </message>
    <message>
        <source>Check the module&apos;s subscription and state on AirVantage, then start again.</source>
        <translation>Controlla l&apos;abbonamento e lo stato del modulo su AirVantage, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module found the package&apos;s signature invalid and will not install it</source>
        <translation>Il modulo ha trovato non valida la firma del pacchetto e non lo installerà</translation>
    </message>
    <message>
        <source>The package is damaged or not signed for this module. Get the package again from Sierra Wireless (a .dwl/.ua file for this model) and start again.</source>
        <translation>Il pacchetto è danneggiato o non è firmato per questo modulo. Scarica di nuovo il pacchetto da Sierra Wireless (un file .dwl/.ua per questo modello) e ricomincia.</translation>
    </message>
    <message>
        <source>The module reports that the firmware update failed</source>
        <translation>Il modulo segnala che l&apos;aggiornamento del firmware non è riuscito</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. The usual cause is a delta package made for another firmware version: check the package&apos;s base version against the module&apos;s (AT+CGMR).</source>
        <translation>Il modulo mantiene il firmware attuale. La causa abituale è un pacchetto delta creato per un&apos;altra versione del firmware: confronta la versione di base del pacchetto con quella del modulo (AT+CGMR).</translation>
    </message>
    <message>
        <source>The module has no room for the package</source>
        <translation>Il modulo non ha spazio per il pacchetto</translation>
    </message>
    <message>
        <source>Use a delta package instead of a full image, or free the module&apos;s FOTA partition, then start again.</source>
        <translation>Usa un pacchetto delta invece di un&apos;immagine completa, oppure libera la partizione FOTA del modulo, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module&apos;s HTTP(S) download of the package failed</source>
        <translation>Il download HTTP(S) del pacchetto da parte del modulo non è riuscito</translation>
    </message>
    <message>
        <source>Check the coverage and the APN, then start again: the download resumes where it stopped.</source>
        <translation>Controlla la copertura e l&apos;APN, poi ricomincia: il download riprende da dove si era interrotto.</translation>
    </message>
    <message>
        <source>The module received a corrupted package</source>
        <translation>Il modulo ha ricevuto un pacchetto danneggiato</translation>
    </message>
    <message>
        <source>Start again; if it happens again, replace the package on AirVantage.</source>
        <translation>Ricomincia; se si ripete, sostituisci il pacchetto su AirVantage.</translation>
    </message>
    <message>
        <source>The module ran out of RAM during the download</source>
        <translation>Il modulo ha esaurito la RAM durante il download</translation>
    </message>
    <message>
        <source>Restart the module, then start again: the download resumes after the reboot.</source>
        <translation>Riavvia il modulo, poi ricomincia: il download riprende dopo il riavvio.</translation>
    </message>
    <message>
        <source>The download was interrupted</source>
        <translation>Il download è stato interrotto</translation>
    </message>
    <message>
        <source>Start again: the download resumes where it stopped.</source>
        <translation>Ricomincia: il download riprende da dove si era interrotto.</translation>
    </message>
    <message>
        <source>The module could not write the package to its flash</source>
        <translation>Il modulo non è riuscito a scrivere il pacchetto nella sua flash</translation>
    </message>
    <message>
        <source>Restart the module and start again; if it happens again, the module needs service.</source>
        <translation>Riavvia il modulo e ricomincia; se si ripete, il modulo richiede assistenza.</translation>
    </message>
    <message>
        <source>The module reports a download problem</source>
        <translation>Il modulo segnala un problema di download</translation>
    </message>
    <message>
        <source>Check the coverage and the APN, then start again.</source>
        <translation>Controlla la copertura e l&apos;APN, poi ricomincia.</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>La porta è scomparsa durante %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Il modulo non ha risposto a %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Il modulo ha rifiutato %1 (%2)</translation>
    </message>
    <message>
        <source>Check that the module&apos;s firmware has the device services (AirVantage, AT+WDSI) and is not busy with another operation.</source>
        <translation>Verifica che il firmware del modulo disponga dei servizi del dispositivo (AirVantage, AT+WDSI) e non sia occupato in un&apos;altra operazione.</translation>
    </message>
    <message>
        <source>The module has no APN for its device services, or an agreement is pending (%1)</source>
        <translation>Il modulo non ha un APN per i servizi del dispositivo, oppure è in sospeso un consenso (%1)</translation>
    </message>
    <message>
        <source>Give the APN of the SIM&apos;s operator (AT+CGDCONT and AT+WDSS=2,&lt;cid&gt;), or answer the module&apos;s pending request, then start again.</source>
        <translation>Indica l&apos;APN dell&apos;operatore della SIM (AT+CGDCONT e AT+WDSS=2,&lt;cid&gt;), oppure rispondi alla richiesta in sospeso del modulo, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module rejects the APN (%1)</source>
        <translation>Il modulo rifiuta l&apos;APN (%1)</translation>
    </message>
    <message>
        <source>Check the APN with the SIM&apos;s operator, then start again.</source>
        <translation>Verifica l&apos;APN con l&apos;operatore della SIM, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module could not activate its data connection (%1)</source>
        <translation>Il modulo non è riuscito ad attivare la connessione dati (%1)</translation>
    </message>
    <message>
        <source>Check the coverage, the SIM&apos;s data service and the APN, then start again.</source>
        <translation>Controlla la copertura, il servizio dati della SIM e l&apos;APN, poi ricomincia.</translation>
    </message>
    <message>
        <source>Check that no other update is pending on the module, then start again.</source>
        <translation>Verifica che sul modulo non sia in sospeso un altro aggiornamento, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Reconnect it and start again.</source>
        <translation>Il modulo mantiene il firmware attuale. Ricollegalo e ricomincia.</translation>
    </message>
    <message>
        <source>The module stopped the transfer; check that the package fits it (.dwl/.ua for this model), then start again.</source>
        <translation>Il modulo ha interrotto il trasferimento; verifica che il pacchetto sia adatto (.dwl/.ua per questo modello), poi ricomincia.</translation>
    </message>
    <message>
        <source>The module keeps its current firmware; start again when the link is steady.</source>
        <translation>Il modulo mantiene il firmware attuale; ricomincia quando il collegamento è stabile.</translation>
    </message>
</context>
<context>
    <name>SierraFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Nessuna sessione del modulo da aggiornare</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version.</source>
        <translation>Il nuovo firmware potrebbe essere già installato. Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware.</translation>
    </message>
    <message>
        <source>Switching on the module&apos;s +WDSI indications</source>
        <translation>Attivazione delle indicazioni +WDSI del modulo</translation>
    </message>
    <message>
        <source>Install accepted; the module checks the package and starts installing</source>
        <translation>Installazione accettata; il modulo verifica il pacchetto e avvia l&apos;installazione</translation>
    </message>
    <message>
        <source>Unrecognised +WDSI indication</source>
        <translation>Indicazione +WDSI non riconosciuta</translation>
    </message>
    <message>
        <source>The module asks again to install</source>
        <translation>Il modulo chiede di nuovo di installare</translation>
    </message>
    <message>
        <source>Device services report %1</source>
        <translation>I servizi del dispositivo segnalano %1</translation>
    </message>
    <message>
        <source>The module verified the package&apos;s signature</source>
        <translation>Il modulo ha verificato la firma del pacchetto</translation>
    </message>
    <message>
        <source>The module verified the package&apos;s signature; waiting for the install request</source>
        <translation>Il modulo ha verificato la firma del pacchetto; in attesa della richiesta di installazione</translation>
    </message>
    <message>
        <source>The module installs the new firmware; it does not answer commands now. Never power it off.</source>
        <translation>Il modulo installa il nuovo firmware; ora non risponde ai comandi. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The module reports a successful update</source>
        <translation>Il modulo segnala un aggiornamento riuscito</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>Il modulo si riavvia con il nuovo firmware; in attesa che ritorni</translation>
    </message>
    <message>
        <source>Found again on %1; waiting for the update result</source>
        <translation>Ritrovato su %1; in attesa dell&apos;esito dell&apos;aggiornamento</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>Lettura della versione del firmware ora in esecuzione sul modulo</translation>
    </message>
    <message>
        <source>The module does not answer; it may still be installing. Never power it off.</source>
        <translation>Il modulo non risponde; potrebbe essere ancora in installazione. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read</source>
        <translation>Non è stato possibile leggere la versione del firmware del modulo</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>Leggila con AT+CGMR prima di fidarti dell&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Il modulo esegue %1, atteso %2</translation>
    </message>
    <message>
        <source>The package may hold another version than its name says; check it before trying again.</source>
        <translation>Il pacchetto potrebbe contenere una versione diversa da quella indicata dal nome; controllalo prima di riprovare.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Il modulo esegue ancora %1</translation>
    </message>
    <message>
        <source>The update did not take; check the package&apos;s base version against the module&apos;s.</source>
        <translation>L&apos;aggiornamento non ha avuto effetto; confronta la versione di base del pacchetto con quella del modulo.</translation>
    </message>
    <message>
        <source>cancel refused: the module installs the new firmware on its own now; never power it off</source>
        <translation>annullamento rifiutato: il modulo ora installa il nuovo firmware da solo; non spegnerlo mai</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Annullato; il modulo mantiene il firmware attuale</translation>
    </message>
    <message>
        <source>The port went away before the install</source>
        <translation>La porta è scomparsa prima dell&apos;installazione</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
    </message>
    <message>
        <source>no +WDSI: 16 after the restart; reading the firmware version directly</source>
        <translation>nessun +WDSI: 16 dopo il riavvio; si legge direttamente la versione del firmware</translation>
    </message>
    <message>
        <source>The install did not end within %1 min</source>
        <translation>L&apos;installazione non è terminata entro %1 min</translation>
    </message>
    <message>
        <source>Do not power the module off. Wait until it answers again, then read its firmware version (AT+CGMR) before anything else.</source>
        <translation>Non spegnere il modulo. Attendi che risponda di nuovo, poi leggi per prima cosa la versione del firmware (AT+CGMR).</translation>
    </message>
    <message>
        <source>The module did not come back after its restart</source>
        <translation>Il modulo non è tornato dopo il riavvio</translation>
    </message>
    <message>
        <source>Check the cable and the module&apos;s power without switching it off; once it is found again, read its firmware version (AT+CGMR).</source>
        <translation>Controlla il cavo e l&apos;alimentazione del modulo senza spegnerlo; quando viene ritrovato, leggi la versione del firmware (AT+CGMR).</translation>
    </message>
    <message>
        <source>The module did not start the install</source>
        <translation>Il modulo non ha avviato l&apos;installazione</translation>
    </message>
    <message>
        <source>Read the firmware version (AT+CGMR) and the +WDSI indications in the log, then start again.</source>
        <translation>Leggi la versione del firmware (AT+CGMR) e le indicazioni +WDSI nel log, poi ricomincia.</translation>
    </message>
</context>
<context>
    <name>SierraOtaFlow</name>
    <message>
        <source>the request was left unanswered; the module asks again later</source>
        <translation>la richiesta è rimasta senza risposta; il modulo chiederà di nuovo più tardi</translation>
    </message>
    <message>
        <source>Setting the data connection of the device services</source>
        <translation>Configurazione della connessione dati dei servizi del dispositivo</translation>
    </message>
    <message>
        <source>Switching on the download and install agreements</source>
        <translation>Attivazione dei consensi a download e installazione</translation>
    </message>
    <message>
        <source>Opening a device-management session with AirVantage</source>
        <translation>Apertura di una sessione di gestione del dispositivo con AirVantage</translation>
    </message>
    <message>
        <source>AT+WDSS=1,1 refused; trying AT+WDS=1,1</source>
        <translation>AT+WDSS=1,1 rifiutato; si prova AT+WDS=1,1</translation>
    </message>
    <message>
        <source>Authenticating with AirVantage</source>
        <translation>Autenticazione con AirVantage</translation>
    </message>
    <message>
        <source>AirVantage session activity</source>
        <translation>Attività della sessione AirVantage</translation>
    </message>
    <message>
        <source>Connected to AirVantage; waiting for it to offer a package</source>
        <translation>Connesso ad AirVantage; in attesa che offra un pacchetto</translation>
    </message>
    <message>
        <source>Authenticated with AirVantage</source>
        <translation>Autenticato con AirVantage</translation>
    </message>
    <message>
        <source>AirVantage closed the session without offering a package</source>
        <translation>AirVantage ha chiuso la sessione senza offrire un pacchetto</translation>
    </message>
    <message>
        <source>Check that a firmware update operation for this module is scheduled on AirVantage, then start again.</source>
        <translation>Verifica che su AirVantage sia pianificata un&apos;operazione di aggiornamento del firmware per questo modulo, poi ricomincia.</translation>
    </message>
    <message>
        <source>The AirVantage session closed</source>
        <translation>La sessione AirVantage si è chiusa</translation>
    </message>
    <message>
        <source>AirVantage offers a package</source>
        <translation>AirVantage offre un pacchetto</translation>
    </message>
    <message>
        <source>AirVantage offers a package (%1 bytes to download)</source>
        <translation>AirVantage offre un pacchetto (%1 byte da scaricare)</translation>
    </message>
    <message>
        <source>Package downloaded and stored; the module checks it</source>
        <translation>Pacchetto scaricato e memorizzato; il modulo lo verifica</translation>
    </message>
    <message>
        <source>The module downloads the package</source>
        <translation>Il modulo scarica il pacchetto</translation>
    </message>
    <message>
        <source>Waiting for your answer to the module&apos;s request</source>
        <translation>In attesa della tua risposta alla richiesta del modulo</translation>
    </message>
    <message>
        <source>Connecting to AirVantage</source>
        <translation>Connessione ad AirVantage</translation>
    </message>
    <message numerus="yes">
        <source>Deferred by %n minute(s); the module asks again then</source>
        <translation>
            <numerusform>Rinviato di %n minuto; allo scadere il modulo chiederà di nuovo</numerusform>
            <numerusform>Rinviato di %n minuti; allo scadere il modulo chiederà di nuovo</numerusform>
        </translation>
    </message>
    <message>
        <source>Left unanswered; the module asks again later</source>
        <translation>Richiesta rimasta senza risposta; il modulo chiederà di nuovo più tardi</translation>
    </message>
    <message>
        <source>Cancelled; the AirVantage session is closed and the module keeps its current firmware (a started download resumes next time)</source>
        <translation>Annullato; la sessione AirVantage è chiusa e il modulo mantiene il firmware attuale (un download avviato riprende la prossima volta)</translation>
    </message>
    <message>
        <source>The port went away during the download; waiting for the module to resume it</source>
        <translation>La porta è scomparsa durante il download; in attesa che il modulo lo riprenda</translation>
    </message>
    <message>
        <source>Found again on %1; waiting for the module to offer the rest of the package</source>
        <translation>Ritrovato su %1; in attesa che il modulo offra il resto del pacchetto</translation>
    </message>
    <message>
        <source>The AirVantage session did not open</source>
        <translation>La sessione AirVantage non si è aperta</translation>
    </message>
    <message>
        <source>Check the coverage, the APN of the device services (AT+WDSS?) and that the module is registered on AirVantage, then start again.</source>
        <translation>Controlla la copertura, l&apos;APN dei servizi del dispositivo (AT+WDSS?) e che il modulo sia registrato su AirVantage, poi ricomincia.</translation>
    </message>
    <message>
        <source>AirVantage offered no package in time</source>
        <translation>AirVantage non ha offerto alcun pacchetto in tempo</translation>
    </message>
    <message>
        <source>The download did not finish in time</source>
        <translation>Il download non è terminato in tempo</translation>
    </message>
    <message>
        <source>Check the coverage, then start again: the download resumes where it stopped.</source>
        <translation>Controlla la copertura, poi ricomincia: il download riprende da dove si era interrotto.</translation>
    </message>
    <message>
        <source>The module did not confirm the downloaded package</source>
        <translation>Il modulo non ha confermato il pacchetto scaricato</translation>
    </message>
    <message>
        <source>Read the +WDSI indications in the log, then start again.</source>
        <translation>Leggi le indicazioni +WDSI nel log, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module did not ask to install the package</source>
        <translation>Il modulo non ha chiesto di installare il pacchetto</translation>
    </message>
</context>
<context>
    <name>SierraXmodemFlow</name>
    <message>
        <source>The package file %1 cannot be read</source>
        <translation>Impossibile leggere il file del pacchetto %1</translation>
    </message>
    <message>
        <source>Choose the package file (.dwl/.ua for this model) again.</source>
        <translation>Scegli di nuovo il file del pacchetto (.dwl/.ua per questo modello).</translation>
    </message>
    <message>
        <source>The package file %1 is empty</source>
        <translation>Il file del pacchetto %1 è vuoto</translation>
    </message>
    <message>
        <source>Asking the module to receive %1 bytes</source>
        <translation>Si chiede al modulo di ricevere %1 byte</translation>
    </message>
    <message>
        <source>Sending the package with 1K-XMODEM</source>
        <translation>Invio del pacchetto con 1K-XMODEM</translation>
    </message>
    <message>
        <source>Cancelled during the transfer; the module keeps its current firmware</source>
        <translation>Annullato durante il trasferimento; il modulo mantiene il firmware attuale</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) sent again during the transfer</source>
        <translation>
            <numerusform>%n blocco reinviato durante il trasferimento</numerusform>
            <numerusform>%n blocchi reinviati durante il trasferimento</numerusform>
        </translation>
    </message>
    <message>
        <source>Package sent; waiting for the module to accept it</source>
        <translation>Pacchetto inviato; in attesa che il modulo lo accetti</translation>
    </message>
    <message>
        <source>The module asks to install another package; ignored</source>
        <translation>Il modulo chiede di installare un altro pacchetto; ignorato</translation>
    </message>
    <message>
        <source>no +WDSI: 3 after the transfer; asking the module to install anyway</source>
        <translation>nessun +WDSI: 3 dopo il trasferimento; si chiede comunque al modulo di installare</translation>
    </message>
    <message>
        <source>AT+WDSD refused (%1); trying the application note&apos;s spelling AT+WSDS</source>
        <translation>AT+WDSD rifiutato (%1); si prova la grafia della nota applicativa, AT+WSDS</translation>
    </message>
</context>
<context>
    <name>SimcomCflwFlow</name>
    <message>
        <source>Writing the package to the module&apos;s FOTA partition</source>
        <translation>Scrittura del pacchetto nella partizione FOTA del modulo</translation>
    </message>
    <message>
        <source>Erasing the FOTA partition</source>
        <translation>Cancellazione della partizione FOTA</translation>
    </message>
    <message>
        <source>Reading the partition back to compare it with the package</source>
        <translation>Rilettura della partizione per confrontarla con il pacchetto</translation>
    </message>
    <message>
        <source>The module&apos;s firmware is unchanged; start the update again when the cause is fixed.</source>
        <translation>Il firmware del modulo è invariato; avvia di nuovo l&apos;aggiornamento una volta risolta la causa.</translation>
    </message>
    <message>
        <source>flash upload stopped; the partition holds part of the package, which nothing installs without AT+CFOTA=5</source>
        <translation>caricamento in flash interrotto; la partizione contiene parte del pacchetto, che non viene installato senza AT+CFOTA=5</translation>
    </message>
    <message>
        <source>Writing the package to the FOTA partition, %1 bytes a write</source>
        <translation>Scrittura del pacchetto nella partizione FOTA, %1 byte per scrittura</translation>
    </message>
    <message>
        <source>flash upload used %1-byte AT+CFLW writes</source>
        <translation>il caricamento in flash ha usato scritture AT+CFLW da %1 byte</translation>
    </message>
    <message>
        <source>the module refused a %1-byte AT+CFLW write; trying %2 bytes</source>
        <translation>il modulo ha rifiutato una scrittura AT+CFLW da %1 byte; si prova con %2 byte</translation>
    </message>
    <message>
        <source>Writing the package to the FOTA partition, %1 bytes a write (the module refused %2)</source>
        <translation>Scrittura del pacchetto nella partizione FOTA, %1 byte per scrittura (il modulo ha rifiutato %2)</translation>
    </message>
    <message>
        <source>the module did not take the bytes written at offset %1 (%2); writing them again (%3)</source>
        <translation>il modulo non ha accettato i byte scritti all&apos;offset %1 (%2); si riscrivono (%3)</translation>
    </message>
</context>
<context>
    <name>SimcomDriver</name>
    <message>
        <source>%1 is inhibited while a SIM7020 update runs (it would break the update)</source>
        <translation>%1 è inibito mentre è in corso un aggiornamento SIM7020 (interromperebbe l&apos;aggiornamento)</translation>
    </message>
</context>
<context>
    <name>SimcomError</name>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Il modulo ha rifiutato %1 (%2)</translation>
    </message>
    <message>
        <source>The SIM is missing, locked or refused its PIN. Check the SIM and give its PIN (the SIM locks after three wrong ones), then start again.</source>
        <translation>La SIM manca, è bloccata o ha rifiutato il PIN. Controlla la SIM e indica il suo PIN (la SIM si blocca dopo tre errati), poi ricomincia.</translation>
    </message>
    <message>
        <source>The module has no network service. Check the antenna, the coverage (AT+CSQ) and the registration (AT+CGREG?), then start again.</source>
        <translation>Il modulo non ha servizio di rete. Controlla l&apos;antenna, la copertura (AT+CSQ) e la registrazione (AT+CGREG?), poi ricomincia.</translation>
    </message>
    <message>
        <source>The module&apos;s memory is full. Restart the module, then start again.</source>
        <translation>La memoria del modulo è piena. Riavvia il modulo, poi ricomincia.</translation>
    </message>
    <message>
        <source>Check that the firmware supports this update method, that no other update or download runs on the module, then start again.</source>
        <translation>Verifica che il firmware supporti questo metodo di aggiornamento e che sul modulo non sia in corso un altro aggiornamento o download, poi ricomincia.</translation>
    </message>
    <message>
        <source>The package does not fit the module&apos;s file system</source>
        <translation>Il pacchetto non entra nel file system del modulo</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>Usa un pacchetto delta per questo modulo, non un&apos;immagine completa.</translation>
    </message>
    <message>
        <source>The connection to the package server was reset during the download</source>
        <translation>La connessione al server dei pacchetti è stata interrotta durante il download</translation>
    </message>
    <message>
        <source>Check the coverage and that FotaDesk&apos;s package server is still running, then start again.</source>
        <translation>Controlla la copertura e che il server dei pacchetti di FotaDesk sia ancora in esecuzione, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module could not download the package (network error %1)</source>
        <translation>Il modulo non è riuscito a scaricare il pacchetto (errore di rete %1)</translation>
    </message>
    <message>
        <source>Check that the module has a data connection (AT+CGACT?, AT+CGCONTRDP) and can reach FotaDesk&apos;s package server, then start again.</source>
        <translation>Verifica che il modulo abbia una connessione dati (AT+CGACT?, AT+CGCONTRDP) e possa raggiungere il server dei pacchetti di FotaDesk, poi ricomincia.</translation>
    </message>
    <message>
        <source>The package server answered HTTP %1</source>
        <translation>Il server dei pacchetti ha risposto HTTP %1</translation>
    </message>
    <message>
        <source>The package is not (or no longer) served at that address. Start the update again so FotaDesk serves it anew, or check the URL given.</source>
        <translation>Il pacchetto non è (o non è più) fornito a quell&apos;indirizzo. Avvia di nuovo l&apos;aggiornamento perché FotaDesk lo fornisca di nuovo, oppure controlla l&apos;URL indicato.</translation>
    </message>
    <message>
        <source>The package server has a problem; check its log, then start again.</source>
        <translation>Il server dei pacchetti ha un problema; controlla il suo log, poi ricomincia.</translation>
    </message>
    <message>
        <source>Check the URL and the server&apos;s access rules, then start again.</source>
        <translation>Controlla l&apos;URL e le regole di accesso del server, poi ricomincia.</translation>
    </message>
</context>
<context>
    <name>SimcomFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Nessuna sessione del modulo da aggiornare</translation>
    </message>
    <message>
        <source>Preparing the update</source>
        <translation>Preparazione dell&apos;aggiornamento</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the restart</source>
        <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with AT+CGMR.</source>
        <translation>Il nuovo firmware potrebbe essere già installato. Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware con AT+CGMR.</translation>
    </message>
    <message>
        <source>Checking the serial rate: the SIM7020 reports its progress only at a fixed rate</source>
        <translation>Verifica della velocità seriale: il SIM7020 segnala l&apos;avanzamento solo a velocità fissa</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 already</source>
        <translation>velocità seriale già fissata a %1</translation>
    </message>
    <message>
        <source>The serial rate in use is not known</source>
        <translation>La velocità seriale in uso non è nota</translation>
    </message>
    <message>
        <source>Open the port at a fixed rate and start again.</source>
        <translation>Apri la porta a velocità fissa e ricomincia.</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 (it was on autobaud)</source>
        <translation>velocità seriale fissata a %1 (era in rilevamento automatico)</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Il modulo non ha risposto a %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
    </message>
    <message>
        <source>The port went away before the update started</source>
        <translation>La porta è scomparsa prima dell&apos;inizio dell&apos;aggiornamento</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
    </message>
    <message>
        <source>The port went away before the install started</source>
        <translation>La porta è scomparsa prima dell&apos;inizio dell&apos;installazione</translation>
    </message>
    <message>
        <source>The module&apos;s firmware is unchanged. Reconnect it and start the update again.</source>
        <translation>Il firmware del modulo è invariato. Ricollegalo e avvia di nuovo l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>cancel refused: the module downloads the package on its own now and installs it afterwards; it cannot be stopped from here</source>
        <translation>annullamento rifiutato: il modulo ora scarica il pacchetto da solo e poi lo installa; non può essere fermato da qui</translation>
    </message>
    <message>
        <source>cancel refused: the module checks or installs the package now; never interrupt it</source>
        <translation>annullamento rifiutato: il modulo sta verificando o installando il pacchetto; non interromperlo mai</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Annullato; il modulo mantiene il firmware attuale</translation>
    </message>
    <message>
        <source>The module did not restart within %1 s of starting the install</source>
        <translation>Il modulo non si è riavviato entro %1 s dall&apos;avvio dell&apos;installazione</translation>
    </message>
    <message>
        <source>It may still be installing: never power it off. Wait, then read its firmware version with AT+CGMR.</source>
        <translation>Potrebbe essere ancora in installazione: non spegnerlo mai. Attendi, poi leggi la versione del firmware con AT+CGMR.</translation>
    </message>
    <message>
        <source>The module did not come back within %1 s of its restart</source>
        <translation>Il modulo non è tornato entro %1 s dal riavvio</translation>
    </message>
    <message>
        <source>It may still be installing: never power it off. When it is back, FotaDesk finds it again; read its firmware version with AT+CGMR.</source>
        <translation>Potrebbe essere ancora in installazione: non spegnerlo mai. Quando ritorna, FotaDesk lo ritrova; leggi la versione del firmware con AT+CGMR.</translation>
    </message>
    <message>
        <source>no update result reported; reading the firmware version directly</source>
        <translation>nessun esito dell&apos;aggiornamento segnalato; si legge direttamente la versione del firmware</translation>
    </message>
    <message>
        <source>The module checks the package (%1 bytes, MD5 %2) before it installs it</source>
        <translation>Il modulo verifica il pacchetto (%1 byte, MD5 %2) prima di installarlo</translation>
    </message>
    <message>
        <source>no answer to AT+CFOTA=5; the module may be installing already</source>
        <translation>nessuna risposta ad AT+CFOTA=5; il modulo potrebbe già essere in installazione</translation>
    </message>
    <message>
        <source>The module rejected the package: its size or MD5 does not match what the module holds</source>
        <translation>Il modulo ha rifiutato il pacchetto: la dimensione o l&apos;MD5 non corrispondono a ciò che il modulo contiene</translation>
    </message>
    <message>
        <source>The package on the module is damaged or incomplete. Put it on the module again, and check that the catalog&apos;s MD5 is the package&apos;s; the firmware is unchanged.</source>
        <translation>Il pacchetto sul modulo è danneggiato o incompleto. Caricalo di nuovo sul modulo e verifica che l&apos;MD5 del catalogo sia quello del pacchetto; il firmware è invariato.</translation>
    </message>
    <message>
        <source>Installing: the module flashes the new firmware and restarts (about 10 minutes). Never power it off.</source>
        <translation>Installazione: il modulo scrive il nuovo firmware e si riavvia (circa 10 minuti). Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The module restarts to install the update; waiting for it to come back. Never power it off.</source>
        <translation>Il modulo si riavvia per installare l&apos;aggiornamento; in attesa che ritorni. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The module started again</source>
        <translation>Il modulo si è riavviato</translation>
    </message>
    <message>
        <source>The module starts the update and will restart</source>
        <translation>Il modulo avvia l&apos;aggiornamento e si riavvierà</translation>
    </message>
    <message>
        <source>The module reports a successful update</source>
        <translation>Il modulo segnala un aggiornamento riuscito</translation>
    </message>
    <message>
        <source>The module reports that the update failed</source>
        <translation>Il modulo segnala che l&apos;aggiornamento non è riuscito</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. The package is probably a delta for another base version: check it against the firmware the module runs (AT+CGMR).</source>
        <translation>Il modulo mantiene il firmware attuale. Il pacchetto è probabilmente un delta per un&apos;altra versione di base: confrontalo con il firmware in esecuzione sul modulo (AT+CGMR).</translation>
    </message>
    <message>
        <source>Unrecognised update report</source>
        <translation>Notifica di aggiornamento non riconosciuta</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Ritrovato su %1</translation>
    </message>
    <message>
        <source>Waiting for the module to report the update&apos;s result; it may still be flashing. Never power it off.</source>
        <translation>In attesa che il modulo segnali l&apos;esito dell&apos;aggiornamento; potrebbe essere ancora in scrittura. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>Lettura della versione del firmware ora in esecuzione sul modulo</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read (%1)</source>
        <translation>Non è stato possibile leggere la versione del firmware del modulo (%1)</translation>
    </message>
    <message>
        <source>The module reported no result and may still be installing: never power it off. Wait, then read the version with AT+CGMR.</source>
        <translation>Il modulo non ha segnalato alcun esito e potrebbe essere ancora in installazione: non spegnerlo mai. Attendi, poi leggi la versione con AT+CGMR.</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>Leggila con AT+CGMR prima di fidarti dell&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Il modulo esegue %1, atteso %2</translation>
    </message>
    <message>
        <source>The package may not apply to this module&apos;s base firmware; check the package against the firmware the module ran before (%1).</source>
        <translation>Il pacchetto potrebbe non applicarsi al firmware di base del modulo; confronta il pacchetto con il firmware eseguito prima dal modulo (%1).</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Il modulo esegue ancora %1</translation>
    </message>
    <message>
        <source>The install did not take; check the package and the module&apos;s log.</source>
        <translation>L&apos;installazione non ha avuto effetto; controlla il pacchetto e il log del modulo.</translation>
    </message>
</context>
<context>
    <name>SimcomHttpFsFlow</name>
    <message>
        <source>No valid http(s) URL for the module to download from</source>
        <translation>Nessun URL http(s) valido da cui il modulo possa scaricare</translation>
    </message>
    <message>
        <source>Start FotaDesk&apos;s package server so it serves the package, or give the package&apos;s URL.</source>
        <translation>Avvia il server dei pacchetti di FotaDesk perché fornisca il pacchetto, oppure indica l&apos;URL del pacchetto.</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes)</source>
        <translation>Il pacchetto (%1 byte) è più grande della partizione FOTA del modulo (%2 byte)</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>Usa un pacchetto delta per questo modulo, non un&apos;immagine completa.</translation>
    </message>
    <message>
        <source>Creating the module&apos;s HTTP client for %1</source>
        <translation>Creazione del client HTTP del modulo per %1</translation>
    </message>
    <message>
        <source>The module could not create an HTTP client</source>
        <translation>Il modulo non è riuscito a creare un client HTTP</translation>
    </message>
    <message>
        <source>All its HTTP client instances may be in use by another application: release them (AT+CHTTPDESTROY=&lt;id&gt;) or restart the module, then start again.</source>
        <translation>Tutte le sue istanze di client HTTP potrebbero essere in uso da un&apos;altra applicazione: rilasciale (AT+CHTTPDESTROY=&lt;id&gt;) o riavvia il modulo, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module&apos;s answer to AT+CHTTPCREATE names no client</source>
        <translation>La risposta del modulo ad AT+CHTTPCREATE non indica alcun client</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT+CHTTPCREATE, then start again.</source>
        <translation>Verifica che il firmware supporti AT+CHTTPCREATE, poi ricomincia.</translation>
    </message>
    <message>
        <source>Connecting the module to %1</source>
        <translation>Connessione del modulo a %1</translation>
    </message>
    <message>
        <source>The module could not connect to the package server at %1</source>
        <translation>Il modulo non è riuscito a connettersi al server dei pacchetti su %1</translation>
    </message>
    <message>
        <source>Check the module&apos;s data connection (AT+CGACT?, AT+CGCONTRDP) and that the server&apos;s address is reachable from the module&apos;s network: a real module cannot reach a server listening on 127.0.0.1.</source>
        <translation>Controlla la connessione dati del modulo (AT+CGACT?, AT+CGCONTRDP) e che l&apos;indirizzo del server sia raggiungibile dalla rete del modulo: un modulo reale non può raggiungere un server in ascolto su 127.0.0.1.</translation>
    </message>
    <message>
        <source>The module downloads the package from %1</source>
        <translation>Il modulo scarica il pacchetto da %1</translation>
    </message>
    <message>
        <source>The module downloads the package (%1 of %2 bytes)</source>
        <translation>Il modulo scarica il pacchetto (%1 di %2 byte)</translation>
    </message>
    <message>
        <source>The module downloads the package (%1 bytes)</source>
        <translation>Il modulo scarica il pacchetto (%1 byte)</translation>
    </message>
    <message>
        <source>The module stored %1 of %2 bytes</source>
        <translation>Il modulo ha memorizzato %1 di %2 byte</translation>
    </message>
    <message>
        <source>The download was cut short. Check the coverage, then start again; the firmware is unchanged.</source>
        <translation>Il download si è interrotto prima della fine. Controlla la copertura, poi ricomincia; il firmware è invariato.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes; the package has %2</source>
        <translation>Il server ha inviato %1 byte; il pacchetto ne ha %2</translation>
    </message>
    <message>
        <source>The URL serves another file than the package. Check the URL, then start again; the firmware is unchanged.</source>
        <translation>L&apos;URL fornisce un file diverso dal pacchetto. Controlla l&apos;URL, poi ricomincia; il firmware è invariato.</translation>
    </message>
    <message>
        <source>The package is stored on the module (%1 bytes)</source>
        <translation>Il pacchetto è memorizzato sul modulo (%1 byte)</translation>
    </message>
    <message>
        <source>closing the HTTP client: %1</source>
        <translation>chiusura del client HTTP: %1</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>Il download non è terminato entro %1 s</translation>
    </message>
    <message>
        <source>Check the coverage and that FotaDesk&apos;s package server still runs, then start again; the download starts over.</source>
        <translation>Controlla la copertura e che il server dei pacchetti di FotaDesk sia ancora in esecuzione, poi ricomincia; il download riparte dall&apos;inizio.</translation>
    </message>
</context>
<context>
    <name>SimcomOtaFlow</name>
    <message>
        <source>Asking the module&apos;s FOTA server for a new firmware</source>
        <translation>Si chiede un nuovo firmware al server FOTA del modulo</translation>
    </message>
    <message>
        <source>Unrecognised update report</source>
        <translation>Notifica di aggiornamento non riconosciuta</translation>
    </message>
    <message>
        <source>The module continues the download where it stopped</source>
        <translation>Il modulo continua il download da dove si era interrotto</translation>
    </message>
    <message>
        <source>The module downloads the new firmware</source>
        <translation>Il modulo scarica il nuovo firmware</translation>
    </message>
    <message>
        <source>Download complete; the module checks the package</source>
        <translation>Download completato; il modulo verifica il pacchetto</translation>
    </message>
    <message>
        <source>The FOTA server has no update for this module</source>
        <translation>Il server FOTA non ha aggiornamenti per questo modulo</translation>
    </message>
    <message>
        <source>The module may run the newest firmware already (%1). Check that the FOTA server offers a package for this firmware, then start again.</source>
        <translation>Il modulo potrebbe già eseguire il firmware più recente (%1). Verifica che il server FOTA offra un pacchetto per questo firmware, poi ricomincia.</translation>
    </message>
    <message>
        <source>The download is paused; it was asked to continue already</source>
        <translation>Il download è in pausa; è già stato chiesto di continuarlo</translation>
    </message>
    <message>
        <source>The module rejected the downloaded package</source>
        <translation>Il modulo ha rifiutato il pacchetto scaricato</translation>
    </message>
    <message>
        <source>The package failed the module&apos;s check and was not installed; the firmware is unchanged. Ask the FOTA server&apos;s operator to check the package, then start again.</source>
        <translation>Il pacchetto non ha superato la verifica del modulo e non è stato installato; il firmware è invariato. Chiedi al gestore del server FOTA di controllare il pacchetto, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module could not download the package</source>
        <translation>Il modulo non è riuscito a scaricare il pacchetto</translation>
    </message>
    <message>
        <source>Check the coverage (AT+CSQ), the data connection (AT+CGACT?) and that the FOTA server is reachable, then start again; the firmware is unchanged.</source>
        <translation>Controlla la copertura (AT+CSQ), la connessione dati (AT+CGACT?) e che il server FOTA sia raggiungibile, poi ricomincia; il firmware è invariato.</translation>
    </message>
    <message>
        <source>The module reports that the update failed</source>
        <translation>Il modulo segnala che l&apos;aggiornamento non è riuscito</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Check with the FOTA server&apos;s operator that the package is for firmware %1.</source>
        <translation>Il modulo mantiene il firmware attuale. Verifica con il gestore del server FOTA che il pacchetto sia per il firmware %1.</translation>
    </message>
    <message>
        <source>Update report ignored before the download</source>
        <translation>Notifica di aggiornamento ignorata prima del download</translation>
    </message>
    <message>
        <source>The download paused %1 times</source>
        <translation>Il download si è fermato %1 volte</translation>
    </message>
    <message>
        <source>The coverage is probably too weak. Move the module or its antenna, then start again: the download continues where it stopped.</source>
        <translation>La copertura è probabilmente troppo debole. Sposta il modulo o la sua antenna, poi ricomincia: il download continua da dove si era interrotto.</translation>
    </message>
    <message>
        <source>Asking the module to continue the download</source>
        <translation>Si chiede al modulo di continuare il download</translation>
    </message>
    <message>
        <source>The port went away during the download; the module continues it after its restart</source>
        <translation>La porta è scomparsa durante il download; il modulo lo continua dopo il riavvio</translation>
    </message>
    <message>
        <source>Found again on %1; the download continues</source>
        <translation>Ritrovato su %1; il download continua</translation>
    </message>
    <message>
        <source>The FOTA server offered no package within %1 s</source>
        <translation>Il server FOTA non ha offerto alcun pacchetto entro %1 s</translation>
    </message>
    <message>
        <source>Check the coverage and that the FOTA server has a package for firmware %1, then start again.</source>
        <translation>Controlla la copertura e che il server FOTA abbia un pacchetto per il firmware %1, poi ricomincia.</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>Il download non è terminato entro %1 s</translation>
    </message>
    <message>
        <source>The module keeps what it has: starting the update again continues the download. Check the coverage (AT+CSQ).</source>
        <translation>Il modulo conserva ciò che ha ricevuto: avviando di nuovo l&apos;aggiornamento il download continua. Controlla la copertura (AT+CSQ).</translation>
    </message>
    <message>
        <source>The module did not start the update within %1 s of the download</source>
        <translation>Il modulo non ha avviato l&apos;aggiornamento entro %1 s dal download</translation>
    </message>
    <message>
        <source>Read its firmware version with AT+CGMR; if it is unchanged, start again.</source>
        <translation>Leggi la versione del firmware con AT+CGMR; se è invariata, ricomincia.</translation>
    </message>
    <message>
        <source>The module did not come back within %1 s</source>
        <translation>Il modulo non è tornato entro %1 s</translation>
    </message>
    <message>
        <source>Reconnect it; starting the update again continues the download.</source>
        <translation>Ricollegalo; avviando di nuovo l&apos;aggiornamento il download continua.</translation>
    </message>
    <message>
        <source>Reporting the result to the FOTA server</source>
        <translation>Comunicazione dell&apos;esito al server FOTA</translation>
    </message>
    <message>
        <source>Verified: running %1; the result was reported to the FOTA server</source>
        <translation>Verificato: in esecuzione %1; l&apos;esito è stato comunicato al server FOTA</translation>
    </message>
    <message>
        <source>reporting the result to the FOTA server failed: %1</source>
        <translation>comunicazione dell&apos;esito al server FOTA non riuscita: %1</translation>
    </message>
    <message>
        <source>Verified: running %1 (the FOTA server was not told: %2)</source>
        <translation>Verificato: in esecuzione %1 (il server FOTA non è stato informato: %2)</translation>
    </message>
</context>
<context>
    <name>SimcomPackage</name>
    <message>
        <source>The package&apos;s MD5 is not 32 hex digits</source>
        <translation>L&apos;MD5 del pacchetto non è di 32 cifre esadecimali</translation>
    </message>
    <message>
        <source>Check the package catalog entry.</source>
        <translation>Controlla la voce nel catalogo dei pacchetti.</translation>
    </message>
    <message>
        <source>No package file is given</source>
        <translation>Nessun file di pacchetto indicato</translation>
    </message>
    <message>
        <source>Choose the package file to put on the module.</source>
        <translation>Scegli il file del pacchetto da caricare sul modulo.</translation>
    </message>
    <message>
        <source>The package file %1 cannot be read</source>
        <translation>Impossibile leggere il file del pacchetto %1</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Verifica che il file esista e sia leggibile.</translation>
    </message>
    <message>
        <source>The package file is empty</source>
        <translation>Il file del pacchetto è vuoto</translation>
    </message>
    <message>
        <source>Check the package file.</source>
        <translation>Controlla il file del pacchetto.</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes)</source>
        <translation>Il pacchetto (%1 byte) è più grande della partizione FOTA del modulo (%2 byte)</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>Usa un pacchetto delta per questo modulo, non un&apos;immagine completa.</translation>
    </message>
    <message>
        <source>The package file cannot be opened: %1</source>
        <translation>Impossibile aprire il file del pacchetto: %1</translation>
    </message>
    <message>
        <source>The package file has %1 bytes, the catalog says %2</source>
        <translation>Il file del pacchetto ha %1 byte, il catalogo ne indica %2</translation>
    </message>
    <message>
        <source>The file changed since it was catalogued. Add it to the catalog again, or fetch a fresh copy.</source>
        <translation>Il file è cambiato da quando è stato catalogato. Aggiungilo di nuovo al catalogo, oppure procurati una copia nuova.</translation>
    </message>
    <message>
        <source>The package file&apos;s MD5 %1 is not the catalog&apos;s %2</source>
        <translation>L&apos;MD5 %1 del file del pacchetto non è quello del catalogo (%2)</translation>
    </message>
    <message>
        <source>The file changed or was damaged since it was catalogued. Add it to the catalog again, or fetch a fresh copy; nothing was sent to the module.</source>
        <translation>Il file è cambiato o si è danneggiato da quando è stato catalogato. Aggiungilo di nuovo al catalogo, oppure procurati una copia nuova; al modulo non è stato inviato nulla.</translation>
    </message>
</context>
<context>
    <name>Snfota</name>
    <message>
        <source>url reads back as &quot;%1&quot;</source>
        <translation>url riletto come &quot;%1&quot;</translation>
    </message>
    <message>
        <source>crc reads back as &quot;%1&quot;</source>
        <translation>crc riletto come &quot;%1&quot;</translation>
    </message>
    <message>
        <source>conid reads back as %1</source>
        <translation>conid riletto come %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>urc reads back as %1</source>
        <translation>urc riletto come %1</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>nessun errore</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>Start the download again; it resumes. If the error repeats, restart the module.</source>
        <translation>Avvia di nuovo il download; riprende. Se l&apos;errore si ripete, riavvia il modulo.</translation>
    </message>
    <message>
        <source>the download server reported an error</source>
        <translation>il server di download ha segnalato un errore</translation>
    </message>
    <message>
        <source>Check that the package server is running and serves the URL, then start again.</source>
        <translation>Verifica che il server dei pacchetti sia in esecuzione e serva l&apos;URL, poi ricomincia.</translation>
    </message>
    <message>
        <source>socket error</source>
        <translation>errore del socket</translation>
    </message>
    <message>
        <source>Check the APN, the coverage and that the server&apos;s port is reachable from the mobile network (firewall), then start again; the download resumes.</source>
        <translation>Controlla l&apos;APN, la copertura e che la porta del server sia raggiungibile dalla rete mobile (firewall), poi ricomincia; il download riprende.</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>la connessione è scaduta</translation>
    </message>
    <message>
        <source>Check the server address, port and URL. For an https URL the module needs the server&apos;s CA certificate (AT^SBNW=is_cert,&lt;n&gt;).</source>
        <translation>Controlla indirizzo del server, porta e URL. Per un URL https il modulo richiede il certificato CA del server (AT^SBNW=is_cert,&lt;n&gt;).</translation>
    </message>
    <message>
        <source>file error</source>
        <translation>errore del file</translation>
    </message>
    <message>
        <source>Check the package file on the server (present, readable, not empty) and start again.</source>
        <translation>Controlla il file del pacchetto sul server (presente, leggibile, non vuoto) e ricomincia.</translation>
    </message>
    <message>
        <source>not enough space for the package</source>
        <translation>spazio insufficiente per il pacchetto</translation>
    </message>
    <message>
        <source>The FOTA partition holds 11 MB: this is probably a full image. Use the delta package from the module&apos;s current firmware.</source>
        <translation>La partizione FOTA contiene 11 MB: probabilmente è un&apos;immagine completa. Usa il pacchetto delta a partire dal firmware attuale del modulo.</translation>
    </message>
    <message>
        <source>firmware not available on the server</source>
        <translation>firmware non disponibile sul server</translation>
    </message>
    <message>
        <source>The server has no file at this URL (HTTP 404): check the URL and that the package is published.</source>
        <translation>Il server non ha alcun file a questo URL (HTTP 404): controlla l&apos;URL e che il pacchetto sia pubblicato.</translation>
    </message>
    <message>
        <source>integrity check failed: the SHA-256 does not match</source>
        <translation>verifica di integrità non riuscita: lo SHA-256 non corrisponde</translation>
    </message>
    <message>
        <source>The downloaded file differs from the package FotaDesk hashed: check that the server serves the same file, then start again.</source>
        <translation>Il file scaricato differisce dal pacchetto di cui FotaDesk ha calcolato lo hash: verifica che il server fornisca lo stesso file, poi ricomincia.</translation>
    </message>
    <message>
        <source>the download was stopped (user break)</source>
        <translation>il download è stato interrotto (interruzione dell&apos;utente)</translation>
    </message>
    <message>
        <source>Start the update again to resume the download.</source>
        <translation>Avvia di nuovo l&apos;aggiornamento per riprendere il download.</translation>
    </message>
    <message>
        <source>the PDP context could not be activated</source>
        <translation>impossibile attivare il contesto PDP</translation>
    </message>
    <message>
        <source>Check the APN, the user name and password (AT^SGAUTH), and that the SIM has data service.</source>
        <translation>Controlla l&apos;APN, nome utente e password (AT^SGAUTH) e che la SIM abbia il servizio dati.</translation>
    </message>
    <message>
        <source>a configuration parameter is invalid</source>
        <translation>un parametro di configurazione non è valido</translation>
    </message>
    <message>
        <source>Check the URL, the connection id and the SHA-256 written with AT^SNFOTA.</source>
        <translation>Controlla l&apos;URL, l&apos;id di connessione e lo SHA-256 scritti con AT^SNFOTA.</translation>
    </message>
    <message>
        <source>error %1, not documented</source>
        <translation>errore %1, non documentato</translation>
    </message>
    <message>
        <source>Start the download again; if the error repeats, read the module&apos;s settings with AT^SNFOTA? and contact support.</source>
        <translation>Avvia di nuovo il download; se l&apos;errore si ripete, leggi le impostazioni del modulo con AT^SNFOTA? e contatta l&apos;assistenza.</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>Modules: %1</source>
        <translation>Moduli: %1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>In corso: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riusciti: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aggiornati: %1</translation>
    </message>
    <message>
        <source>Ports without a module: %1</source>
        <translation>Porte senza modulo: %1</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Valori</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossibile creare la cartella di %1</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>l&apos;archivio non è aperto</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>a write from outside the engine thread was refused</source>
        <translation>una scrittura dall&apos;esterno del thread del motore è stata rifiutata</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossibile avviare una transazione: %1</translation>
    </message>
    <message>
        <source>the schema version cannot be read</source>
        <translation>impossibile leggere la versione dello schema</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this FotaDesk knows (%2); use a newer FotaDesk</source>
        <translation>il database ha la versione di schema %1, più recente di quella nota a questo FotaDesk (%2); usa un FotaDesk più recente</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>migrazione allo schema %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>PRAGMA journal_mode=WAL failed: %1</source>
        <translation>PRAGMA journal_mode=WAL non riuscito: %1</translation>
    </message>
    <message>
        <source>the store cannot be locked for its schema check: %1</source>
        <translation>impossibile bloccare l&apos;archivio per la verifica dello schema: %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>disk full</source>
        <translation>disco pieno</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>sola lettura</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>errore di I/O del disco</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>bloccato da un altro programma</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danneggiato</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>impossibile da aprire</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>the history database is not open</source>
        <translation>il database della cronologia non è aperto</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a module in the inventory nor a port present now</source>
        <translation>%1 non è né un modulo dell&apos;inventario né una porta presente ora</translation>
    </message>
    <message>
        <source>no module in the inventory matches %1</source>
        <translation>nessun modulo dell&apos;inventario corrisponde a %1</translation>
    </message>
    <message>
        <source>not a USB port the system lists</source>
        <translation>non è una porta USB elencata dal sistema</translation>
    </message>
    <message>
        <source>[the first %1 bytes are left out]</source>
        <translation>[i primi %1 byte sono omessi]</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>impossibile aprire il database della cronologia %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Diagnostics written to %1 (%n file(s), secrets masked).</source>
        <translation>
            <numerusform>Diagnostica scritta in %1 (%n file, segreti mascherati).</numerusform>
            <numerusform>Diagnostica scritta in %1 (%n file, segreti mascherati).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelitPfmDriver</name>
    <message>
        <source>%1 is inhibited while a Telit PFM update runs (it would break the download)</source>
        <translation>%1 è inibito mentre è in corso un aggiornamento Telit PFM (interromperebbe il download)</translation>
    </message>
    <message>
        <source>%1 is reserved for the running Telit PFM update (it would answer its server or change its registration)</source>
        <translation>%1 è riservato all&apos;aggiornamento Telit PFM in corso (risponderebbe al suo server o ne cambierebbe la registrazione)</translation>
    </message>
</context>
<context>
    <name>TelitPfmFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>Nessuna sessione del modulo da aggiornare</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>La SIM non ha accettato il PIN dopo il riavvio</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version.</source>
        <translation>Il nuovo firmware potrebbe essere già installato. Inserisci il PIN corretto (la SIM si blocca dopo tre errati), poi leggi la versione del firmware.</translation>
    </message>
    <message>
        <source>Checking the serial rate: with autobauding the events after the reboot are lost</source>
        <translation>Verifica della velocità seriale: con il rilevamento automatico gli eventi dopo il riavvio vanno persi</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>La porta è scomparsa durante %1</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>Ricollega il modulo e ricomincia; il suo firmware è invariato.</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>Il modulo non ha risposto a %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>Controlla il cavo e la velocità seriale, poi ricomincia.</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>Il modulo ha rifiutato %1 (%2)</translation>
    </message>
    <message>
        <source>Check that the firmware supports Premium FOTA Management (10.00.xx3/xx4, 12.00.xx.2, 13.00.xx2 or later) and the server settings.</source>
        <translation>Verifica che il firmware supporti Premium FOTA Management (10.00.xx3/xx4, 12.00.xx.2, 13.00.xx2 o successivi) e controlla le impostazioni del server.</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 already</source>
        <translation>velocità seriale già fissata a %1</translation>
    </message>
    <message>
        <source>The serial rate in use is not known</source>
        <translation>La velocità seriale in uso non è nota</translation>
    </message>
    <message>
        <source>Open the port at a fixed rate and start again.</source>
        <translation>Apri la porta a velocità fissa e ricomincia.</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 (it was on autobaud)</source>
        <translation>velocità seriale fissata a %1 (era in rilevamento automatico)</translation>
    </message>
    <message>
        <source>#OTAEV events switched on</source>
        <translation>eventi #OTAEV attivati</translation>
    </message>
    <message>
        <source>the #OTAEV events are off and could not be switched on (%1); progress may not be shown</source>
        <translation>gli eventi #OTAEV sono disattivati e non è stato possibile attivarli (%1); l&apos;avanzamento potrebbe non essere mostrato</translation>
    </message>
    <message>
        <source>no PFM server given: the registration stored in the module is used</source>
        <translation>nessun server PFM indicato: si usa la registrazione memorizzata nel modulo</translation>
    </message>
    <message>
        <source>Waiting for the PFM server to offer an upgrade</source>
        <translation>In attesa che il server PFM offra un upgrade</translation>
    </message>
    <message>
        <source>Registering with the PFM server by SMS</source>
        <translation>Registrazione sul server PFM via SMS</translation>
    </message>
    <message>
        <source>Registering with the PFM server over IP</source>
        <translation>Registrazione sul server PFM via IP</translation>
    </message>
    <message>
        <source>Registered; asking the PFM server for an upgrade</source>
        <translation>Registrato; si chiede un upgrade al server PFM</translation>
    </message>
    <message>
        <source>Registered; waiting for the PFM server to offer an upgrade</source>
        <translation>Registrato; in attesa che il server PFM offra un upgrade</translation>
    </message>
    <message>
        <source>Registered with the PFM server</source>
        <translation>Registrato sul server PFM</translation>
    </message>
    <message>
        <source>The PFM server started an automatic upgrade</source>
        <translation>Il server PFM ha avviato un upgrade automatico</translation>
    </message>
    <message>
        <source>The module downloads the new firmware</source>
        <translation>Il modulo scarica il nuovo firmware</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>Download completato</translation>
    </message>
    <message>
        <source>The module validates and flashes the new firmware; it does not answer commands now. Never power it off.</source>
        <translation>Il modulo convalida e scrive il nuovo firmware; ora non risponde ai comandi. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The PFM server was notified of the upgrade</source>
        <translation>Il server PFM è stato informato dell&apos;upgrade</translation>
    </message>
    <message>
        <source>The module reports that the OTA upgrade failed</source>
        <translation>Il modulo segnala che l&apos;upgrade OTA non è riuscito</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Check that the IMEI is on the PFM registration list with FOTA enabled and activated, the APN/NAP settings, the SIM and the coverage, then ask the server for the upgrade again. If the SIM was moved between registered modules, force a re-registration first.</source>
        <translation>Il modulo mantiene il firmware attuale. Verifica che l&apos;IMEI sia nell&apos;elenco di registrazione PFM con FOTA abilitato e attivato, le impostazioni APN/NAP, la SIM e la copertura, poi chiedi di nuovo l&apos;upgrade al server. Se la SIM è stata spostata tra moduli registrati, forza prima una nuova registrazione.</translation>
    </message>
    <message>
        <source>The module answered a PFM server query</source>
        <translation>Il modulo ha risposto a una richiesta del server PFM</translation>
    </message>
    <message>
        <source>Unrecognised PFM event</source>
        <translation>Evento PFM non riconosciuto</translation>
    </message>
    <message>
        <source>The PFM server asks again for an upgrade</source>
        <translation>Il server PFM chiede di nuovo un upgrade</translation>
    </message>
    <message>
        <source>The PFM server offers a firmware upgrade</source>
        <translation>Il server PFM offre un upgrade del firmware</translation>
    </message>
    <message>
        <source>The PFM server offers a firmware upgrade for this module. Accept it? Unanswered, the request lapses.</source>
        <translation>Il server PFM offre un upgrade del firmware per questo modulo. Accettarlo? Senza risposta la richiesta scade.</translation>
    </message>
    <message>
        <source>asking the user; the request lapses in %1 s</source>
        <translation>si chiede all&apos;utente; la richiesta scade tra %1 s</translation>
    </message>
    <message>
        <source>the upgrade request is left to lapse (policy)</source>
        <translation>la richiesta di upgrade viene lasciata scadere (criterio)</translation>
    </message>
    <message>
        <source>Upgrade accepted; waiting for the download to start</source>
        <translation>Upgrade accettato; in attesa dell&apos;inizio del download</translation>
    </message>
    <message>
        <source>Upgrade declined: the request lapses; waiting for the server&apos;s next request</source>
        <translation>Upgrade rifiutato: la richiesta scade; in attesa della prossima richiesta del server</translation>
    </message>
    <message>
        <source>The upgrade request lapsed unanswered; waiting for the server&apos;s next request</source>
        <translation>La richiesta di upgrade è scaduta senza risposta; in attesa della prossima richiesta del server</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>Il modulo si riavvia con il nuovo firmware; in attesa che ritorni</translation>
    </message>
    <message>
        <source>The port went away before the upgrade started</source>
        <translation>La porta è scomparsa prima dell&apos;inizio dell&apos;upgrade</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>Ritrovato su %1</translation>
    </message>
    <message>
        <source>The module reports the new firmware</source>
        <translation>Il modulo riporta il nuovo firmware</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>Lettura della versione del firmware ora in esecuzione sul modulo</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read</source>
        <translation>Non è stato possibile leggere la versione del firmware del modulo</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>Leggila con AT+CGMR prima di fidarti dell&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>Il modulo esegue %1, atteso %2</translation>
    </message>
    <message>
        <source>The PFM server may have sent another package; check the campaign on the server.</source>
        <translation>Il server PFM potrebbe aver inviato un altro pacchetto; controlla la campagna sul server.</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>Il modulo esegue ancora %1</translation>
    </message>
    <message>
        <source>The upgrade did not take; check the campaign on the PFM server.</source>
        <translation>L&apos;upgrade non ha avuto effetto; controlla la campagna sul server PFM.</translation>
    </message>
    <message>
        <source>Running %1; waiting for the module to notify the PFM server</source>
        <translation>In esecuzione %1; in attesa che il modulo informi il server PFM</translation>
    </message>
    <message>
        <source>Verified: running %1. The SIM waits for its PIN; the PFM server is notified once it is entered</source>
        <translation>Verificato: in esecuzione %1. La SIM attende il PIN; il server PFM viene informato appena viene inserito</translation>
    </message>
    <message>
        <source>Verified: running %1 (the PFM server has not confirmed the notification yet)</source>
        <translation>Verificato: in esecuzione %1 (il server PFM non ha ancora confermato la notifica)</translation>
    </message>
    <message>
        <source>The PFM server did not confirm the registration</source>
        <translation>Il server PFM non ha confermato la registrazione</translation>
    </message>
    <message>
        <source>Check the server number or address, the APN, that the SIM has SMS and data service, and that the IMEI is on the PFM registration list.</source>
        <translation>Controlla il numero o l&apos;indirizzo del server, l&apos;APN, che la SIM abbia servizio SMS e dati, e che l&apos;IMEI sia nell&apos;elenco di registrazione PFM.</translation>
    </message>
    <message>
        <source>The PFM server offered no upgrade in time</source>
        <translation>Il server PFM non ha offerto alcun upgrade in tempo</translation>
    </message>
    <message>
        <source>Check that a campaign for this module&apos;s firmware is active on the PFM server, then start again.</source>
        <translation>Verifica che sul server PFM sia attiva una campagna per il firmware di questo modulo, poi ricomincia.</translation>
    </message>
    <message>
        <source>no &quot;Module Upgraded&quot; event; reading the firmware version directly</source>
        <translation>nessun evento &quot;Module Upgraded&quot;; si legge direttamente la versione del firmware</translation>
    </message>
    <message>
        <source>cancel refused: the module downloads or installs on its own now; never power it off</source>
        <translation>annullamento rifiutato: il modulo ora scarica o installa da solo; non spegnerlo mai</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>Annullato; il modulo mantiene il firmware attuale</translation>
    </message>
    <message>
        <source>the SIM&apos;s own number is not known (AT+CNUM has none): the PFM server can trigger this module by SMS only if it knows the number</source>
        <translation>il numero della SIM non è noto (AT+CNUM non ne restituisce): il server PFM può attivare questo modulo via SMS solo se conosce il numero</translation>
    </message>
    <message>
        <source>AT#OTASUAN=1 answered %1; answering the request again</source>
        <translation>AT#OTASUAN=1 ha risposto %1; si risponde di nuovo alla richiesta</translation>
    </message>
    <message>
        <source>already running %1; not waiting for &quot;Module Upgraded&quot;</source>
        <translation>già in esecuzione %1; non si attende &quot;Module Upgraded&quot;</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>Port name or device path of the module.</source>
        <translation>Nome della porta o percorso del dispositivo del modulo.</translation>
    </message>
    <message>
        <source>The APN the module downloads through (over-the-air methods).</source>
        <translation>L&apos;APN tramite cui il modulo scarica (metodi over the air).</translation>
    </message>
    <message>
        <source>Print one JSON object a line as the job progresses.</source>
        <translation>Stampa un oggetto JSON per riga man mano che il job avanza.</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>Il database della cronologia (predefinito: nella cartella dati dell&apos;utente).</translation>
    </message>
    <message>
        <source>Override the checks that may be overridden (base version, already on target).</source>
        <translation>Ignora le verifiche che possono essere ignorate (versione di base, già alla versione di destinazione).</translation>
    </message>
    <message>
        <source>Telit: another setting to back up and restore (repeatable), e.g. #SMOV.</source>
        <translation>Telit: un&apos;altra impostazione da salvare e ripristinare (ripetibile), ad es. #SMOV.</translation>
    </message>
    <message>
        <source>--url wants an absolute URL such as http://192.0.2.10:8080/diff.usf</source>
        <translation>--url richiede un URL assoluto, ad es. http://192.0.2.10:8080/diff.usf</translation>
    </message>
    <message>
        <source>no package file %1</source>
        <translation>file del pacchetto %1 inesistente</translation>
    </message>
    <message>
        <source>%1 is not there yet; waiting for it</source>
        <translation>%1 non è ancora presente; in attesa</translation>
    </message>
    <message>
        <source>the module asks: %1</source>
        <translation>il modulo chiede: %1</translation>
    </message>
    <message>
        <source>job %1 on %2 was interrupted at step %3</source>
        <translation>il job %1 su %2 è stato interrotto al passo %3</translation>
    </message>
    <message>
        <source>no module answered on %1; check that it is powered and that this is its AT port</source>
        <translation>nessun modulo ha risposto su %1; verifica che sia alimentato e che questa sia la sua porta AT</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>impossibile aprire il database della cronologia %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3, firmware %4, IMEI %5</source>
        <translation>%1: %2 %3, firmware %4, IMEI %5</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>avviato</translation>
    </message>
    <message>
        <source>[%1] %2%3</source>
        <translation>[%1] %2%3</translation>
    </message>
    <message>
        <source>, %1 of %2 bytes, %3 B/s</source>
        <translation>, %1 di %2 byte, %3 B/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, %1 s rimanenti</translation>
    </message>
    <message>
        <source>job %1 (interrupted earlier) ended %2: %3</source>
        <translation>il job %1 (interrotto in precedenza) è terminato con stato %2: %3</translation>
    </message>
    <message>
        <source>job %1 succeeded: %2</source>
        <translation>job %1 riuscito: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>job %1 %2: %3</source>
        <translation>job %1 (%2): %3</translation>
    </message>
    <message>
        <source>The package file, as the vendor ships it (a manifest &lt;file&gt;.json beside it is optional). Not needed when the update is held on a server (--method ota on Telit PFM, SIM7020 and HL78xx; --url for Cinterion).</source>
        <translation>Il file del pacchetto, così come fornito dal produttore (un manifest &lt;file&gt;.json accanto è facoltativo). Non necessario quando l&apos;aggiornamento risiede su un server (--method ota su Telit PFM, SIM7020 e HL78xx; --url per Cinterion).</translation>
    </message>
    <message>
        <source>auto (default), xmodem, cflw, http-fs, ota or lwm2m.</source>
        <translation>auto (predefinito), xmodem, cflw, http-fs, ota o lwm2m.</translation>
    </message>
    <message>
        <source>What the package is for, when neither a manifest nor its name says: telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx (default: the module&apos;s).</source>
        <translation>La famiglia a cui è destinato il pacchetto, quando né un manifest né il suo nome la indicano: telit-pfm, cinterion, simcom-sim7020 o sierra-hl78xx (predefinita: quella del modulo).</translation>
    </message>
    <message>
        <source>The model the package is for (default: the module&apos;s).</source>
        <translation>Il modello a cui è destinato il pacchetto (predefinito: quello del modulo).</translation>
    </message>
    <message>
        <source>The firmware the package applies to, as AT+CGMR reports it (default: unknown; the module checks).</source>
        <translation>Il firmware a cui si applica il pacchetto, come lo riporta AT+CGMR (predefinito: sconosciuto; verifica il modulo).</translation>
    </message>
    <message>
        <source>The firmware expected afterwards; without it any change of version verifies.</source>
        <translation>Il firmware atteso dopo l&apos;aggiornamento; senza di esso, qualsiasi cambio di versione supera la verifica.</translation>
    </message>
    <message>
        <source>Refuse a package without a manifest &lt;file&gt;.json (a factory&apos;s policy).</source>
        <translation>Rifiuta un pacchetto senza manifest &lt;file&gt;.json (criterio da linea di produzione).</translation>
    </message>
    <message>
        <source>Where the module downloads the package (default: FotaDesk serves the file); for LwM2M the server&apos;s URI.</source>
        <translation>Da dove il modulo scarica il pacchetto (predefinito: il file è fornito da FotaDesk); per LwM2M, l&apos;URI del server.</translation>
    </message>
    <message>
        <source>The SHA-256 of the package at --url (Cinterion checks the download against it).</source>
        <translation>Lo SHA-256 del pacchetto su --url (Cinterion verifica il download rispetto a esso).</translation>
    </message>
    <message>
        <source>Telit PFM: the server&apos;s SMS number (SMS protocol).</source>
        <translation>Telit PFM: il numero SMS del server (protocollo SMS).</translation>
    </message>
    <message>
        <source>Telit PFM: the server&apos;s address for the TCP/IP protocol.</source>
        <translation>Telit PFM: l&apos;indirizzo del server per il protocollo TCP/IP.</translation>
    </message>
    <message>
        <source>Telit PFM: sms, combined (SMS-TCP/IP) or tcp (TCP/IP only); default: sms for a number, tcp for an address, combined for both.</source>
        <translation>Telit PFM: sms, combined (SMS-TCP/IP) o tcp (solo TCP/IP); predefinito: sms per un numero, tcp per un indirizzo, combined per entrambi.</translation>
    </message>
    <message>
        <source>Telit PFM: the SIM&apos;s own number for the IP registration (default: what AT+CNUM reads).</source>
        <translation>Telit PFM: il numero della SIM per la registrazione IP (predefinito: quello letto da AT+CNUM).</translation>
    </message>
    <message>
        <source>Agreement requests of the server (Telit PFM, HL78xx): accept (default) or reject (Telit&apos;s request lapses; HL78xx&apos;s is deferred, as it cannot be refused).</source>
        <translation>Richieste di consenso del server (Telit PFM, HL78xx): accept (predefinito) o reject (la richiesta Telit scade; quella HL78xx viene rimandata, poiché non può essere rifiutata).</translation>
    </message>
    <message>
        <source>The APN&apos;s user name.</source>
        <translation>Il nome utente dell&apos;APN.</translation>
    </message>
    <message>
        <source>A file whose first line is the APN&apos;s password (never given on the command line, never stored).</source>
        <translation>Un file la cui prima riga è la password dell&apos;APN (mai indicata sulla riga di comando, mai memorizzata).</translation>
    </message>
    <message>
        <source>The SIM PIN, entered again after the install; never stored. Prefer --pin-file or FOTADESK_SIM_PIN: a command line is visible to other users.</source>
        <translation>Il PIN della SIM, reinserito dopo l&apos;installazione; mai memorizzato. Preferisci --pin-file o FOTADESK_SIM_PIN: una riga di comando è visibile agli altri utenti.</translation>
    </message>
    <message>
        <source>A file whose first line is the SIM PIN; - reads it from standard input. The environment variable FOTADESK_SIM_PIN does the same.</source>
        <translation>Un file la cui prima riga è il PIN della SIM; - lo legge dallo standard input. La variabile d&apos;ambiente FOTADESK_SIM_PIN ha lo stesso effetto.</translation>
    </message>
    <message>
        <source>--%1 %2 cannot be read: %3</source>
        <translation>impossibile leggere --%1 %2: %3</translation>
    </message>
    <message>
        <source>--method is one of auto, xmodem, cflw, http-fs, ota, lwm2m; got &quot;%1&quot;</source>
        <translation>--method deve essere uno tra auto, xmodem, cflw, http-fs, ota, lwm2m; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--sha256 wants the 64 hex digits of the package&apos;s SHA-256</source>
        <translation>--sha256 richiede le 64 cifre esadecimali dello SHA-256 del pacchetto</translation>
    </message>
    <message>
        <source>give the SIM PIN with --pin or with --pin-file, not both</source>
        <translation>indica il PIN della SIM con --pin o con --pin-file, non con entrambi</translation>
    </message>
    <message>
        <source>warning: --pin is visible to every user of this computer (ps); use --pin-file FILE, --pin-file - or FOTADESK_SIM_PIN</source>
        <translation>avviso: --pin è visibile a ogni utente di questo computer (ps); usa --pin-file FILE, --pin-file - o FOTADESK_SIM_PIN</translation>
    </message>
    <message>
        <source>a SIM PIN is 4 to 8 digits</source>
        <translation>un PIN della SIM ha da 4 a 8 cifre</translation>
    </message>
    <message>
        <source>--pfm-address wants HOST:PORT, e.g. 192.0.2.20:9100</source>
        <translation>--pfm-address richiede HOST:PORT, ad es. 192.0.2.20:9100</translation>
    </message>
    <message>
        <source>--pfm-protocol is sms, combined or tcp; got &quot;%1&quot;</source>
        <translation>--pfm-protocol deve essere sms, combined o tcp; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--pfm-protocol sms needs the server&apos;s number: --pfm-number N</source>
        <translation>--pfm-protocol sms richiede il numero del server: --pfm-number N</translation>
    </message>
    <message>
        <source>--pfm-protocol %1 needs the server&apos;s address: --pfm-address HOST:PORT</source>
        <translation>--pfm-protocol %1 richiede l&apos;indirizzo del server: --pfm-address HOST:PORT</translation>
    </message>
    <message>
        <source>--policy is accept or reject; got &quot;%1&quot;</source>
        <translation>--policy deve essere accept o reject; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--family is one of telit-pfm, cinterion, simcom-sim7020, sierra-hl78xx; got &quot;%1&quot;</source>
        <translation>--family deve essere uno tra telit-pfm, cinterion, simcom-sim7020, sierra-hl78xx; ricevuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>update needs one port, e.g. fotadesk-cli update ttyUSB2 --package diff.usf, or fotadesk-cli update ttyUSB2 --method ota for an update held on the module&apos;s server</source>
        <translation>update richiede una sola porta, ad es. fotadesk-cli update ttyUSB2 --package diff.usf, oppure fotadesk-cli update ttyUSB2 --method ota per un aggiornamento che risiede sul server del modulo</translation>
    </message>
    <message>
        <source>%1 modules cannot be updated with --method %2</source>
        <translation>i moduli %1 non possono essere aggiornati con --method %2</translation>
    </message>
    <message>
        <source>Leave ModemManager alone (by default it lets go of the module&apos;s device for the length of the job, as the GUI&apos;s setting says).</source>
        <translation>Non toccare ModemManager (per impostazione predefinita ModemManager rilascia il dispositivo del modulo per la durata del job, come indica l&apos;impostazione della GUI).</translation>
    </message>
    <message>
        <source>Local transfers (XMODEM, AT+CFLW) move the line up to this rate as far as the module and the port hold it, and back afterwards (default: 921600; 0: stay at the module&apos;s rate).</source>
        <translation>I trasferimenti locali (XMODEM, AT+CFLW) portano la linea fino a questa velocità, per quanto il modulo e la porta la reggono, e poi la riportano indietro (predefinito: 921600; 0: resta alla velocità del modulo).</translation>
    </message>
    <message>
        <source>--max-rate takes a rate in baud, e.g. 921600, or 0 to keep the module&apos;s rate</source>
        <translation>--max-rate richiede una velocità in baud, ad es. 921600, oppure 0 per mantenere la velocità del modulo</translation>
    </message>
    <message>
        <source> at %1 baud</source>
        <translation> a %1 baud</translation>
    </message>
    <message>
        <source>time: %1 s, of which the line %2 s, the module %3 s, FotaDesk %4 s</source>
        <translation>tempo: %1 s, di cui linea %2 s, modulo %3 s, FotaDesk %4 s</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update firmware</source>
        <translation>Aggiorna firmware</translation>
    </message>
    <message>
        <source>Add package file…</source>
        <translation>Aggiungi file pacchetto…</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 non è stato aggiunto: %2</translation>
    </message>
    <message>
        <source>Add a firmware package</source>
        <translation>Aggiungi un pacchetto firmware</translation>
    </message>
    <message>
        <source>Firmware packages (*.bin *.ua *.usf *.dwl *.pkg);;All files (*)</source>
        <translation>Pacchetti firmware (*.bin *.ua *.usf *.dwl *.pkg);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>Start update on %1 modules</source>
        <translation>Avvia aggiornamento su %1 moduli</translation>
    </message>
    <message>
        <source>Start update on %1 of %2 modules</source>
        <translation>Avvia aggiornamento su %1 di %2 moduli</translation>
    </message>
    <message>
        <source>Update anyway where every finding may be overridden (the module still checks the package itself)</source>
        <translation>Aggiorna comunque dove ogni rilievo può essere ignorato (il modulo verifica comunque il pacchetto)</translation>
    </message>
    <message>
        <source>Start update</source>
        <translation>Avvia aggiornamento</translation>
    </message>
    <message>
        <source>2. Package</source>
        <translation>2. Pacchetto</translation>
    </message>
    <message>
        <source>3. Modules</source>
        <translation>3. Moduli</translation>
    </message>
    <message>
        <source>1. Method and what it needs</source>
        <translation>1. Metodo e ciò che richiede</translation>
    </message>
    <message>
        <source>No package file needed: the update comes from %1.</source>
        <translation>Nessun file di pacchetto necessario: %1 fornisce l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>For the modules updated over the air the update comes from %1; the others need the package chosen here.</source>
        <translation>Per i moduli aggiornati over the air, %1 fornisce l&apos;aggiornamento; gli altri richiedono il pacchetto scelto qui.</translation>
    </message>
    <message>
        <source>Choose the package FotaDesk serves to the module, or give its URL and SHA-256 above.</source>
        <translation>Scegli il pacchetto che FotaDesk fornisce al modulo, oppure indicane URL e SHA-256 qui sopra.</translation>
    </message>
    <message>
        <source>Choose the package to install, or a method that needs no file.</source>
        <translation>Scegli il pacchetto da installare, oppure un metodo che non richiede file.</translation>
    </message>
    <message>
        <source>The update applies to none of the selected modules; the reasons are listed above.</source>
        <translation>L&apos;aggiornamento non si applica a nessuno dei moduli selezionati; i motivi sono elencati sopra.</translation>
    </message>
    <message>
        <source>Modules whose method needs a package file are left out until one is chosen.</source>
        <translation>I moduli il cui metodo richiede un file di pacchetto restano esclusi finché non ne scegli uno.</translation>
    </message>
    <message>
        <source>Modules the update does not apply to are left out.</source>
        <translation>I moduli a cui l&apos;aggiornamento non si applica restano esclusi.</translation>
    </message>
</context>
<context>
    <name>UpdateFlow</name>
    <message>
        <source>cancel refused: the module is installing; never interrupt it now</source>
        <translation>annullamento rifiutato: il modulo sta installando; non interromperlo ora</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Verified: running %1</source>
        <translation>Verificato: in esecuzione %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 non è terminato entro %2 s</translation>
    </message>
    <message>
        <source>Check the module&apos;s log; it may still be working. Reconnect it and read its firmware version before trying again.</source>
        <translation>Controlla il log del modulo; potrebbe essere ancora al lavoro. Ricollegalo e leggi la versione del firmware prima di riprovare.</translation>
    </message>
    <message>
        <source>The history could not be written: %1; %2 was not sent</source>
        <translation>Impossibile scrivere la cronologia: %1; %2 non è stato inviato</translation>
    </message>
    <message>
        <source>The module was left as it was. Make room for FotaDesk&apos;s history, then start again.</source>
        <translation>Il modulo è stato lasciato com&apos;era. Libera spazio per la cronologia di FotaDesk, poi ricomincia.</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>Impossibile scrivere la cronologia: %1</translation>
    </message>
    <message>
        <source>The module updates on its own now (%1): leave it powered and connected, then read its firmware version. Make room for FotaDesk&apos;s history before the next update.</source>
        <translation>Il modulo ora si aggiorna da solo (%1): lascialo alimentato e collegato, poi leggine la versione del firmware. Libera spazio per la cronologia di FotaDesk prima del prossimo aggiornamento.</translation>
    </message>
    <message>
        <source>commit point recorded (%1): %2</source>
        <translation>punto di commit registrato (%1): %2</translation>
    </message>
    <message>
        <source>Moving the serial line to a faster rate for the transfer</source>
        <translation>Passaggio della linea seriale a una velocità maggiore per il trasferimento</translation>
    </message>
    <message>
        <source>Nothing was sent yet and the firmware is unchanged. Power the module off and on, lower the maximum transfer rate (Settings, or --max-rate), and start again.</source>
        <translation>Non è stato ancora inviato nulla e il firmware è invariato. Spegni e riaccendi il modulo, abbassa la velocità massima di trasferimento (Impostazioni, oppure --max-rate) e ricomincia.</translation>
    </message>
    <message>
        <source>The transfer runs at %1 baud</source>
        <translation>Il trasferimento avviene a %1 baud</translation>
    </message>
    <message>
        <source>serial rate back to %1 baud</source>
        <translation>velocità seriale riportata a %1 baud</translation>
    </message>
    <message>
        <source>the module stays at %1 baud, not its own %2: %3</source>
        <translation>il modulo resta a %1 baud, non alla sua velocità di %2: %3</translation>
    </message>
    <message>
        <source>The package was sent. Power the module off and on and find it again at %1 or %2 baud; then read its firmware version.</source>
        <translation>Il pacchetto è stato inviato. Spegni e riaccendi il modulo e ritrovalo a %1 o %2 baud; poi leggi la sua versione del firmware.</translation>
    </message>
</context>
<context>
    <name>UpdateJob</name>
    <message>
        <source>The firmware was updated, but the module did not come back to have its settings restored</source>
        <translation>Il firmware è stato aggiornato, ma il modulo non è tornato per il ripristino delle impostazioni</translation>
    </message>
    <message>
        <source>Reconnect the module and check its settings: they may be at their defaults.</source>
        <translation>Ricollega il modulo e controlla le impostazioni: potrebbero essere ai valori predefiniti.</translation>
    </message>
    <message>
        <source>FotaDesk does not know how to update this module&apos;s family</source>
        <translation>FotaDesk non sa come aggiornare la famiglia di questo modulo</translation>
    </message>
    <message>
        <source>The module is gone</source>
        <translation>Il modulo non c&apos;è più</translation>
    </message>
    <message>
        <source>Another job (%1) is updating this module</source>
        <translation>Un altro job (%1) sta aggiornando questo modulo</translation>
    </message>
    <message>
        <source>the module is installing firmware; interrupting it now could leave it unusable, so the job cannot be cancelled until it has rebooted</source>
        <translation>il modulo sta installando il firmware; interromperlo ora potrebbe renderlo inutilizzabile, quindi il job non può essere annullato prima del riavvio</translation>
    </message>
    <message>
        <source>cancel refused: %1</source>
        <translation>annullamento rifiutato: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>The firmware was updated, but the module&apos;s settings were not (all) restored; check them.</source>
        <translation>Il firmware è stato aggiornato, ma le impostazioni del modulo non sono state (tutte) ripristinate; controllale.</translation>
    </message>
    <message>
        <source>Nothing was changed on the module.</source>
        <translation>Sul modulo non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>FotaDesk was closed during step %1</source>
        <translation>FotaDesk è stato chiuso durante il passo %1</translation>
    </message>
    <message>
        <source>Leave the module powered: FotaDesk verifies it when it starts again.</source>
        <translation>Lascia il modulo alimentato: FotaDesk lo verifica al prossimo avvio.</translation>
    </message>
    <message>
        <source>Resume the job to start it again from its checks.</source>
        <translation>Riprendi il job per ricominciarlo dalle verifiche.</translation>
    </message>
    <message>
        <source>step %1 started</source>
        <translation>passo %1 avviato</translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n warning(s))</source>
        <translation>
            <numerusform>%1 (con %n avviso)</numerusform>
            <numerusform>%1 (con %n avvisi)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The module was removed from FotaDesk while its job ran</source>
        <translation>Il modulo è stato rimosso da FotaDesk mentre il suo job era in corso</translation>
    </message>
    <message>
        <source>Reconnect it and read its firmware version before updating again.</source>
        <translation>Ricollegalo e leggi la versione del firmware prima di aggiornare di nuovo.</translation>
    </message>
    <message>
        <source>Checking the module and the package</source>
        <translation>Verifica del modulo e del pacchetto</translation>
    </message>
    <message>
        <source>kept by the module itself, not backed up: %1</source>
        <translation>mantenute dal modulo stesso, senza backup: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rifiutato: %1</translation>
    </message>
    <message>
        <source>checks overridden: %1</source>
        <translation>verifiche ignorate: %1</translation>
    </message>
    <message>
        <source>settings backup not wanted</source>
        <translation>backup delle impostazioni non richiesto</translation>
    </message>
    <message>
        <source>no settings to back up for this family</source>
        <translation>nessuna impostazione da salvare per questa famiglia</translation>
    </message>
    <message>
        <source>Backing up the module&apos;s settings</source>
        <translation>Backup delle impostazioni del modulo</translation>
    </message>
    <message>
        <source>The module went away while its settings were read</source>
        <translation>Il modulo è scomparso durante la lettura delle impostazioni</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Reconnect it and start again.</source>
        <translation>Sul modulo non è stato cambiato nulla. Ricollegalo e ricomincia.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) read</source>
        <translation>
            <numerusform>%n impostazione letta</numerusform>
            <numerusform>%n impostazioni lette</numerusform>
        </translation>
    </message>
    <message>
        <source>the module downloads the package itself and no URL was given; FotaDesk&apos;s package server is not running</source>
        <translation>il modulo scarica il pacchetto da solo e non è stato indicato alcun URL; il server dei pacchetti di FotaDesk non è in esecuzione</translation>
    </message>
    <message>
        <source>the package server cannot serve %1</source>
        <translation>il server dei pacchetti non può fornire %1</translation>
    </message>
    <message>
        <source>package served at %1</source>
        <translation>pacchetto fornito a %1</translation>
    </message>
    <message>
        <source>Cannot start the update: %1</source>
        <translation>Impossibile avviare l&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <source>Give the package&apos;s URL, or start FotaDesk&apos;s package server.</source>
        <translation>Indica l&apos;URL del pacchetto, oppure avvia il server dei pacchetti di FotaDesk.</translation>
    </message>
    <message>
        <source>%1 modules cannot be updated with method %2 in this FotaDesk</source>
        <translation>i moduli %1 non possono essere aggiornati con il metodo %2 in questo FotaDesk</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The module runs %1 after the update, not the expected %2</source>
        <translation>Dopo l&apos;aggiornamento il modulo esegue %1, non l&apos;atteso %2</translation>
    </message>
    <message>
        <source>Check the package; the module&apos;s settings were not restored.</source>
        <translation>Controlla il pacchetto; le impostazioni del modulo non sono state ripristinate.</translation>
    </message>
    <message>
        <source>no settings were backed up</source>
        <translation>non è stata salvata alcuna impostazione</translation>
    </message>
    <message>
        <source>Waiting for the module to restore its settings</source>
        <translation>In attesa di ripristinare le impostazioni del modulo</translation>
    </message>
    <message>
        <source>Restoring the module&apos;s settings</source>
        <translation>Ripristino delle impostazioni del modulo</translation>
    </message>
    <message>
        <source>The firmware was updated, but the module went away while its settings were restored</source>
        <translation>Il firmware è stato aggiornato, ma il modulo è scomparso durante il ripristino delle impostazioni</translation>
    </message>
    <message>
        <source>Reconnect it and check its settings: they may be at their defaults.</source>
        <translation>Ricollegalo e controlla le impostazioni: potrebbero essere ai valori predefiniti.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) written back</source>
        <translation>
            <numerusform>%n impostazione riscritta</numerusform>
            <numerusform>%n impostazioni riscritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) not as before</source>
        <translation>
            <numerusform>%n impostazione diversa da prima</numerusform>
            <numerusform>%n impostazioni diverse da prima</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM PIN entered</source>
        <translation>PIN della SIM inserito</translation>
    </message>
    <message>
        <source>the SIM refused its PIN after the update (%1); enter the right one</source>
        <translation>la SIM ha rifiutato il PIN dopo l&apos;aggiornamento (%1); inserisci quello corretto</translation>
    </message>
    <message>
        <source>AT+CPIN? answered %1</source>
        <translation>AT+CPIN? ha risposto %1</translation>
    </message>
    <message>
        <source>SIM: %1</source>
        <translation>SIM: %1</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN after the update; enter it (AT+CPIN)</source>
        <translation>la SIM chiede il PIN dopo l&apos;aggiornamento; inseriscilo (AT+CPIN)</translation>
    </message>
    <message>
        <source>Refused: a SIM PIN is 4 to 8 digits</source>
        <translation>Rifiutato: un PIN della SIM ha da 4 a 8 cifre</translation>
    </message>
    <message>
        <source>Nothing was sent to the module. Enter the SIM&apos;s PIN again.</source>
        <translation>Al modulo non è stato inviato nulla. Inserisci di nuovo il PIN della SIM.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>the history of %1 could not be written: %2</source>
        <translation>impossibile scrivere la cronologia di %1: %2</translation>
    </message>
    <message>
        <source>nothing was changed on the module</source>
        <translation>sul modulo non è stato cambiato nulla</translation>
    </message>
    <message>
        <source>nothing was changed on the module (%1)</source>
        <translation>sul modulo non è stato cambiato nulla (%1)</translation>
    </message>
    <message>
        <source>the module was updated and runs %1</source>
        <translation>il modulo è stato aggiornato ed esegue %1</translation>
    </message>
    <message>
        <source>the module was left at step %1: %2</source>
        <translation>il modulo è rimasto al passo %1: %2</translation>
    </message>
    <message>
        <source>The history could not be written: %1; %2</source>
        <translation>Impossibile scrivere la cronologia: %1; %2</translation>
    </message>
    <message>
        <source>Check the module before anything else: read its firmware version and settings, since the stored history may lack the end of this job. Then make room for FotaDesk&apos;s history (%1).</source>
        <translation>Prima di tutto controlla il modulo: leggine la versione firmware e le impostazioni, poiché alla cronologia memorizzata potrebbe mancare la fine di questo job. Poi libera spazio per la cronologia di FotaDesk (%1).</translation>
    </message>
    <message>
        <source>Make room for FotaDesk&apos;s history (%1) or choose another store, then start the job again.</source>
        <translation>Libera spazio per la cronologia di FotaDesk (%1) o scegli un altro archivio, quindi avvia di nuovo il job.</translation>
    </message>
    <message>
        <source>the package server is reachable from this computer only (%1): a module that downloads over its mobile network cannot reach it; listen on an address it can reach (--bind 0.0.0.0:PORT --advertise HOST, or Settings &gt; Package server and data)</source>
        <translation>il server dei pacchetti è raggiungibile solo da questo computer (%1): un modulo che scarica tramite la sua rete mobile non può raggiungerlo; metti il server in ascolto su un indirizzo raggiungibile dal modulo (--bind 0.0.0.0:PORT --advertise HOST, oppure Impostazioni &gt; Server dei pacchetti e dati)</translation>
    </message>
    <message>
        <source>base version not checked: the file name&apos;s &quot;%1&quot; is a label, not a firmware version</source>
        <translation>versione di base non verificata: &quot;%1&quot; nel nome del file è un&apos;etichetta, non una versione firmware</translation>
    </message>
    <message>
        <source>base version not checked: unknown</source>
        <translation>versione di base non verificata: sconosciuta</translation>
    </message>
    <message>
        <source>the transfer was stopped before the install; the module keeps its firmware %1</source>
        <translation>il trasferimento è stato interrotto prima dell&apos;installazione; il modulo mantiene il firmware %1</translation>
    </message>
    <message>
        <source>%1 (job %2 is updating this module: %3)</source>
        <translation>%1 (il job %2 sta aggiornando questo modulo: %3)</translation>
    </message>
    <message>
        <source>commit point (%1): %2</source>
        <translation>punto di commit (%1): %2</translation>
    </message>
    <message>
        <source>%1 was not sent, so the module was not told to update; it keeps its firmware %2</source>
        <translation>%1 non è stato inviato, quindi al modulo non è stato detto di aggiornarsi; mantiene il firmware %2</translation>
    </message>
    <message>
        <source>%1 was not sent; the module was already told to update (%2), so check it</source>
        <translation>%1 non è stato inviato; al modulo era già stato detto di aggiornarsi (%2), quindi controllalo</translation>
    </message>
    <message>
        <source>Its settings were put back and it can be updated again: start the update again.</source>
        <translation>Le sue impostazioni sono state ripristinate e può essere aggiornato di nuovo: avvia di nuovo l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>Its settings were put back, with warnings (see them); it can be updated again.</source>
        <translation>Le sue impostazioni sono state ripristinate, con avvisi (consultali); può essere aggiornato di nuovo.</translation>
    </message>
    <message>
        <source>The module did not answer while its settings were read (%1)</source>
        <translation>Il modulo non ha risposto durante la lettura delle impostazioni (%1)</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Check that no other program uses its port and that it is not busy (a download or a call), then start again.</source>
        <translation>Sul modulo non è stato cambiato nulla. Verifica che nessun altro programma usi la sua porta e che il modulo non sia occupato (un download o una chiamata), poi ricomincia.</translation>
    </message>
    <message>
        <source>The module&apos;s answers came damaged twice while its settings were read (%1)</source>
        <translation>Le risposte del modulo sono arrivate danneggiate due volte durante la lettura delle impostazioni (%1)</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. The line changes bytes: check the cable and the adapter, or use a lower rate, then start again.</source>
        <translation>Sul modulo non è stato cambiato nulla. La linea altera i byte: controlla il cavo e l&apos;adattatore, o usa una velocità più bassa, poi ricomincia.</translation>
    </message>
    <message>
        <source>the module answers at %1 baud, where the interrupted transfer left it; setting it back to %2 baud</source>
        <translation>il modulo risponde a %1 baud, dove lo ha lasciato il trasferimento interrotto; lo si riporta a %2 baud</translation>
    </message>
    <message>
        <source>the module stays at %1 baud, not its own %2 (%3); set it with AT+IPR=%2</source>
        <translation>il modulo resta a %1 baud, non alla sua velocità di %2 (%3); impostala con AT+IPR=%2</translation>
    </message>
</context>
<context>
    <name>UpdateOptionsForm</name>
    <message>
        <source>Only if the SIM asks for one after the reboot</source>
        <translation>Solo se la SIM lo chiede dopo il riavvio</translation>
    </message>
    <message>
        <source>Ask me, with the deadline shown</source>
        <translation>Chiedimelo, mostrando la scadenza</translation>
    </message>
    <message>
        <source>Accept at once</source>
        <translation>Accetta subito</translation>
    </message>
    <message>
        <source>Defer (HL78xx) / let lapse (Telit)</source>
        <translation>Rimanda (HL78xx) / lascia scadere (Telit)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>PIN della SIM</translation>
    </message>
    <message>
        <source>APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <source>APN user</source>
        <translation>Utente APN</translation>
    </message>
    <message>
        <source>APN password</source>
        <translation>Password APN</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>URL del pacchetto</translation>
    </message>
    <message>
        <source>Agreement requests</source>
        <translation>Richieste di consenso</translation>
    </message>
    <message>
        <source>Defer by</source>
        <translation>Rimanda di</translation>
    </message>
    <message>
        <source>Needed: a selected module&apos;s SIM asks for its PIN</source>
        <translation>Necessario: la SIM di un modulo selezionato chiede il PIN</translation>
    </message>
    <message>
        <source>A SIM PIN has 4 to 8 digits.</source>
        <translation>Un PIN della SIM ha da 4 a 8 cifre.</translation>
    </message>
    <message>
        <source>The package URL must be an http:// or https:// address.</source>
        <translation>L&apos;URL del pacchetto deve essere un indirizzo http:// o https://.</translation>
    </message>
    <message>
        <source>SMS number (+15550100) or address:port (203.0.113.7:5000)</source>
        <translation>Numero SMS (+15550100) o indirizzo:porta (203.0.113.7:5000)</translation>
    </message>
    <message>
        <source>The Telit PFM server the module registers with: its SMS number for the SMS protocol, or its IP address (or host name) and port for the IP protocol.</source>
        <translation>Il server Telit PFM su cui il modulo si registra: il suo numero SMS per il protocollo SMS, oppure il suo indirizzo IP (o nome host) e la porta per il protocollo IP.</translation>
    </message>
    <message>
        <source>PFM server</source>
        <translation>Server PFM</translation>
    </message>
    <message>
        <source>Needed, e.g. internet</source>
        <translation>Necessario, ad es. internet</translation>
    </message>
    <message>
        <source>Empty: the module&apos;s own setting</source>
        <translation>Vuoto: l&apos;impostazione del modulo</translation>
    </message>
    <message>
        <source>PFM server: %1</source>
        <translation>Server PFM: %1</translation>
    </message>
    <message>
        <source>Enter the APN: the module reaches its update server through it.</source>
        <translation>Inserisci l&apos;APN: il modulo raggiunge tramite esso il suo server di aggiornamento.</translation>
    </message>
    <message>
        <source>TCP/IP only: FotaDesk asks the server (AT#OTAIPUPD)</source>
        <translation>Solo TCP/IP: FotaDesk interroga il server (AT#OTAIPUPD)</translation>
    </message>
    <message>
        <source>SMS-TCP/IP: the server starts the update by SMS</source>
        <translation>SMS-TCP/IP: il server avvia l&apos;aggiornamento via SMS</translation>
    </message>
    <message>
        <source>Empty: the number the SIM holds (AT+CNUM)</source>
        <translation>Vuoto: il numero memorizzato nella SIM (AT+CNUM)</translation>
    </message>
    <message>
        <source>The SIM&apos;s own telephone number, sent with the IP registration: the PFM server needs it to reach the module by SMS.</source>
        <translation>Il numero di telefono della SIM, inviato con la registrazione IP: il server PFM ne ha bisogno per raggiungere il modulo via SMS.</translation>
    </message>
    <message>
        <source>Empty: FotaDesk serves the package file chosen below</source>
        <translation>Vuoto: FotaDesk fornisce il file di pacchetto scelto sotto</translation>
    </message>
    <message>
        <source>Where the module downloads the package from. With a URL no package file is needed here, only the package&apos;s SHA-256.</source>
        <translation>Da dove il modulo scarica il pacchetto. Con un URL qui non serve alcun file di pacchetto, solo lo SHA-256 del pacchetto.</translation>
    </message>
    <message>
        <source>64 hex digits: the module checks its download against them</source>
        <translation>64 cifre esadecimali: il modulo verifica il download rispetto a esse</translation>
    </message>
    <message>
        <source>Needed, e.g. coap://lwm2m.example.net:5683</source>
        <translation>Necessario, ad es. coap://lwm2m.example.net:5683</translation>
    </message>
    <message>
        <source>The LwM2M server the module&apos;s client registers with; it holds the package.</source>
        <translation>Il server LwM2M su cui si registra il client del modulo; contiene il pacchetto.</translation>
    </message>
    <message>
        <source>PFM protocol</source>
        <translation>Protocollo PFM</translation>
    </message>
    <message>
        <source>SIM&apos;s own number</source>
        <translation>Numero della SIM</translation>
    </message>
    <message>
        <source>LwM2M server</source>
        <translation>Server LwM2M</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>SHA-256 del pacchetto</translation>
    </message>
    <message>
        <source>Reject: let the request lapse</source>
        <translation>Rifiuta: lascia scadere la richiesta</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <source>The SIM&apos;s own number is a telephone number, e.g. +393354757180.</source>
        <translation>Il numero della SIM è un numero di telefono, ad es. +393354757180.</translation>
    </message>
    <message>
        <source>Enter the LwM2M server, e.g. coap://lwm2m.example.net:5683: the module&apos;s client registers there and gets the package from it.</source>
        <translation>Inserisci il server LwM2M, ad es. coap://lwm2m.example.net:5683: il client del modulo vi si registra e ne riceve il pacchetto.</translation>
    </message>
    <message>
        <source>The LwM2M server is a coap:// or coaps:// address, e.g. coap://lwm2m.example.net:5683.</source>
        <translation>Il server LwM2M è un indirizzo coap:// o coaps://, ad es. coap://lwm2m.example.net:5683.</translation>
    </message>
    <message>
        <source>Enter the package&apos;s SHA-256 (64 hex digits): the module checks its download from the URL against it.</source>
        <translation>Inserisci lo SHA-256 del pacchetto (64 cifre esadecimali): il modulo verifica rispetto a esso il download dall&apos;URL.</translation>
    </message>
    <message numerus="yes">
        <source>The package&apos;s SHA-256 has 64 hex digits (0-9, a-f); %1 has %n characters.</source>
        <translation>
            <numerusform>Lo SHA-256 del pacchetto ha 64 cifre esadecimali (0-9, a-f); %1 ha %n carattere.</numerusform>
            <numerusform>Lo SHA-256 del pacchetto ha 64 cifre esadecimali (0-9, a-f); %1 ha %n caratteri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdatePhase</name>
    <message>
        <source>Preparing</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Waiting for server</source>
        <translation>In attesa del server</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Scaricato</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installazione</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>Riavvio</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Riconnesso</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>VerifyFlow</name>
    <message>
        <source>No module session to verify</source>
        <translation>Nessuna sessione del modulo da verificare</translation>
    </message>
    <message>
        <source>Waiting for the module to finish installing and come back</source>
        <translation>In attesa che il modulo finisca l&apos;installazione e ritorni</translation>
    </message>
    <message>
        <source>Reading the firmware version</source>
        <translation>Lettura della versione del firmware</translation>
    </message>
    <message>
        <source>The module went away again; waiting for it</source>
        <translation>Il modulo è scomparso di nuovo; in attesa</translation>
    </message>
    <message>
        <source>The module did not tell its firmware version</source>
        <translation>Il modulo non ha indicato la versione del firmware</translation>
    </message>
    <message>
        <source>Read it yourself (%1) before updating again.</source>
        <translation>Leggila tu stesso (%1) prima di aggiornare di nuovo.</translation>
    </message>
    <message>
        <source>The module still runs %1: the install did not complete</source>
        <translation>Il modulo esegue ancora %1: l&apos;installazione non è stata completata</translation>
    </message>
    <message>
        <source>The module runs %1, not the expected %2</source>
        <translation>Il modulo esegue %1, non l&apos;atteso %2</translation>
    </message>
    <message>
        <source>Update the module again; its settings are as the update left them.</source>
        <translation>Aggiorna di nuovo il modulo; le sue impostazioni sono come le ha lasciate l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>The module is still downloading or installing; waiting for it</source>
        <translation>Il modulo sta ancora scaricando o installando; in attesa</translation>
    </message>
    <message>
        <source>The module is still installing; waiting for it to restart</source>
        <translation>Il modulo sta ancora installando; in attesa del riavvio</translation>
    </message>
    <message>
        <source>The module does not answer now; it may be installing. Never power it off.</source>
        <translation>Il modulo ora non risponde; potrebbe essere in fase di installazione. Non spegnerlo mai.</translation>
    </message>
    <message>
        <source>The module still runs %1; waiting to see whether it installs</source>
        <translation>Il modulo esegue ancora %1; in attesa di vedere se installa</translation>
    </message>
    <message>
        <source>The module still runs %1 and downloads the package; waiting for it</source>
        <translation>Il modulo esegue ancora %1 e scarica il pacchetto; in attesa</translation>
    </message>
    <message>
        <source>The module still runs %1: it did not install the package</source>
        <translation>Il modulo esegue ancora %1: non ha installato il pacchetto</translation>
    </message>
</context>
<context>
    <name>XmodemLink</name>
    <message>
        <source>The port is busy or gone.</source>
        <translation>La porta è occupata o scomparsa.</translation>
    </message>
</context>
<context>
    <name>XmodemSender</name>
    <message>
        <source>%1 bytes sent in %2 blocks.</source>
        <translation>%1 byte inviati in %2 blocchi.</translation>
    </message>
    <message>
        <source>The module never asked for the data (no &apos;C&apos; or NAK within %1 s). Check that it accepted the download command and that the port and baud rate are right, then try again.</source>
        <translation>Il modulo non ha mai chiesto i dati (nessun &apos;C&apos; o NAK entro %1 s). Verifica che abbia accettato il comando di download e che porta e velocità siano corrette, poi riprova.</translation>
    </message>
    <message>
        <source>The module rejected block %1 %2 times. The link corrupts data: check the cable, use a lower baud rate, then try again.</source>
        <translation>Il modulo ha rifiutato il blocco %1 %2 volte. Il collegamento altera i dati: controlla il cavo, usa una velocità più bassa, poi riprova.</translation>
    </message>
    <message>
        <source>The module stopped answering at block %1 (no reply within %2 s, %3 tries). Check the cable and the module&apos;s power, then try again.</source>
        <translation>Il modulo ha smesso di rispondere al blocco %1 (nessuna risposta entro %2 s, %3 tentativi). Controlla il cavo e l&apos;alimentazione del modulo, poi riprova.</translation>
    </message>
    <message>
        <source>The module cancelled the transfer at block %1. It may have rejected the package (another model or version) or run out of space: check the package, then try again.</source>
        <translation>Il modulo ha annullato il trasferimento al blocco %1. Potrebbe aver rifiutato il pacchetto (altro modello o versione) o aver esaurito lo spazio: controlla il pacchetto, poi riprova.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Il trasferimento è stato annullato.</translation>
    </message>
    <message>
        <source>All data was sent, but the module did not confirm the end of the transfer. Check the module&apos;s state before installing.</source>
        <translation>Tutti i dati sono stati inviati, ma il modulo non ha confermato la fine del trasferimento. Controlla lo stato del modulo prima dell&apos;installazione.</translation>
    </message>
    <message>
        <source>The port was lost during the transfer. Reconnect the module and start the update again.</source>
        <translation>La porta è stata persa durante il trasferimento. Ricollega il modulo e avvia di nuovo l&apos;aggiornamento.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>impossibile scrivere l&apos;archivio: %1</translation>
    </message>
    <message>
        <source>the archive is already complete</source>
        <translation>l&apos;archivio è già completo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no safe name inside an archive</source>
        <translation>&quot;%1&quot; non è un nome sicuro all&apos;interno di un archivio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the archive twice</source>
        <translation>&quot;%1&quot; compare due volte nell&apos;archivio</translation>
    </message>
    <message>
        <source>the archive would need ZIP64, which is not written</source>
        <translation>l&apos;archivio richiederebbe ZIP64, che non viene scritto</translation>
    </message>
</context>
<context>
    <name>fotadesk-cli</name>
    <message>
        <source>List the serial ports and the module behind each.</source>
        <translation>Elenca le porte seriali e il modulo collegato a ciascuna.</translation>
    </message>
    <message>
        <source>Read who the module on each port is.</source>
        <translation>Identifica il modulo su ciascuna porta.</translation>
    </message>
    <message>
        <source>Send AT commands to a module and print the answers.</source>
        <translation>Invia comandi AT a un modulo e stampa le risposte.</translation>
    </message>
    <message>
        <source>Update a module&apos;s firmware: checks, settings backup, update, verify, restore.</source>
        <translation>Aggiorna il firmware di un modulo: verifiche, backup delle impostazioni, aggiornamento, verifica, ripristino.</translation>
    </message>
    <message>
        <source>List recent update jobs, how they ended, and interrupted ones.</source>
        <translation>Elenca i job di aggiornamento recenti, il loro esito e quelli interrotti.</translation>
    </message>
    <message>
        <source>Serve packages over HTTP for modules that download them themselves.</source>
        <translation>Fornisce pacchetti via HTTP ai moduli che li scaricano da soli.</translation>
    </message>
    <message>
        <source>Update a simulated fleet end to end and print a report.</source>
        <translation>Aggiorna una flotta simulata dall&apos;inizio alla fine e stampa un resoconto.</translation>
    </message>
    <message>
        <source>Also watch device paths matching GLOB (repeatable), e.g. &apos;/tmp/modems/*&apos;; pseudo-terminals are not listed by the system. Adds to the setting ports/extra.</source>
        <translation>Controlla anche i percorsi di dispositivo corrispondenti a GLOB (ripetibile), ad es. &apos;/tmp/modems/*&apos;; gli pseudo-terminali non sono elencati dal sistema. Si aggiunge all&apos;impostazione ports/extra.</translation>
    </message>
    <message>
        <source>--%1 wants a rate in baud, such as 115200; got &quot;%2&quot;</source>
        <translation>--%1 richiede una velocità in baud, ad es. 115200; ricevuto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no port &quot;%1&quot;; run &apos;fotadesk-cli ports&apos; to list the ports (add --scan GLOB for pseudo-terminals)</source>
        <translation>nessuna porta &quot;%1&quot;; esegui &apos;fotadesk-cli ports&apos; per elencare le porte (aggiungi --scan GLOB per gli pseudo-terminali)</translation>
    </message>
    <message>
        <source>Usage: fotadesk-cli &lt;subcommand&gt; [options]

</source>
        <translation>Uso: fotadesk-cli &lt;sottocomando&gt; [opzioni]

</translation>
    </message>
    <message>
        <source>
Every subcommand takes --scan GLOB (repeatable) and --help.
Exit status: 0 success, 1 failure reported by the module, 2 usage error,
3 port or transport error, 4 timeout.
</source>
        <translation>
Ogni sottocomando accetta --scan GLOB (ripetibile) e --help.
Codice di uscita: 0 successo, 1 errore segnalato dal modulo, 2 errore di utilizzo,
3 errore di porta o di trasporto, 4 timeout.
</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; run &apos;fotadesk-cli --help&apos; for the list</source>
        <translation>sottocomando &quot;%1&quot; sconosciuto; esegui &apos;fotadesk-cli --help&apos; per l&apos;elenco</translation>
    </message>
    <message>
        <source>%1; run &apos;fotadesk-cli %2 --help&apos;</source>
        <translation>%1; esegui &apos;fotadesk-cli %2 --help&apos;</translation>
    </message>
    <message>
        <source>Write everything about one module into a zip for support, secrets masked.</source>
        <translation>Scrive tutto su un modulo in uno zip per l&apos;assistenza, con i segreti mascherati.</translation>
    </message>
    <message>
        <source>Keep a module&apos;s conversation during identify, AT commands or a whole update, for fotadesk-sim --replay; secrets masked.</source>
        <translation>Registra la conversazione con un modulo durante identify, comandi AT o un intero aggiornamento, per fotadesk-sim --replay; con i segreti mascherati.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Firmware updates for cellular IoT modules over serial/USB and over the air.</source>
        <translation>Aggiornamenti firmware per moduli IoT cellulari via seriale/USB e over the air.</translation>
    </message>
    <message>
        <source>Also watch these device paths (repeatable).</source>
        <translation>Controlla anche questi percorsi di dispositivo (ripetibile).</translation>
    </message>
    <message>
        <source>Start on a simulated fleet with packages ready.</source>
        <translation>Avvia con una flotta simulata e pacchetti pronti.</translation>
    </message>
    <message>
        <source>Modules in the simulated fleet.</source>
        <translation>Numero di moduli nella flotta simulata.</translation>
    </message>
    <message>
        <source>FotaDesk demo</source>
        <translation>Demo di FotaDesk</translation>
    </message>
    <message>
        <source>The simulated fleet did not start: %1</source>
        <translation>La flotta simulata non si è avviata: %1</translation>
    </message>
</context>
</TS>
