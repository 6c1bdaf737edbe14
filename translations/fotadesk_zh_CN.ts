<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplicabilityModel</name>
    <message>
        <source>Choose a package</source>
        <translation>请选择软件包</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Check failed (can be overridden)</source>
        <translation>检查未通过（可忽略）</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Firmware now</source>
        <translation>当前固件</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No file: %1 holds the package, the module checks what it installs</source>
        <translation>无需文件：%1 提供软件包，模块会检查其安装的内容</translation>
    </message>
    <message>
        <source>Base version not checked (“%1” is a file name label): the module checks the package itself</source>
        <translation>未检查基础版本（“%1”是文件名中的标签）：模块会自行检查软件包</translation>
    </message>
    <message>
        <source>Base version not checked: the module checks the package itself</source>
        <translation>未检查基础版本：模块会自行检查软件包</translation>
    </message>
    <message>
        <source>The SIM needs its PIN: enter it above</source>
        <translation>SIM 卡需要 PIN：请在上方输入</translation>
    </message>
    <message>
        <source>No file needed</source>
        <translation>无需文件</translation>
    </message>
</context>
<context>
    <name>AtChannel</name>
    <message>
        <source>port error: %1</source>
        <translation>端口错误：%1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>raw mode</source>
        <translation>原始数据模式</translation>
    </message>
    <message>
        <source>line mode</source>
        <translation>行模式</translation>
    </message>
    <message>
        <source>over-long line dropped, starting %1</source>
        <translation>已丢弃过长的行，开头为 %1</translation>
    </message>
    <message>
        <source>garbage dropped, %1</source>
        <translation>已丢弃乱码，%1</translation>
    </message>
    <message>
        <source>%1 (late, no command waiting)</source>
        <translation>%1（迟到，没有等待中的命令）</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; prompt with no data to send</source>
        <translation>收到 &apos;&gt;&apos; 提示符，但没有要发送的数据</translation>
    </message>
    <message>
        <source>no final result for %1 within %2 ms</source>
        <translation>%2 毫秒内 %1 没有最终结果</translation>
    </message>
    <message>
        <source>port lost</source>
        <translation>端口丢失</translation>
    </message>
    <message>
        <source>resynchronising the line after a timeout (attempt %1 of %2)</source>
        <translation>超时后正在重新同步线路（第 %1 次尝试，共 %2 次）</translation>
    </message>
    <message>
        <source>no answer to the resynchronisation %1 within %2 ms</source>
        <translation>%2 毫秒内重新同步命令 %1 没有应答</translation>
    </message>
    <message>
        <source>not sent: after a timeout the module did not answer %1 attempts to resynchronise the line</source>
        <translation>未发送：超时后模块对 %1 次重新同步线路的尝试均无应答</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting command(s) failed: %1</source>
        <translation>
            <numerusform>%n 条等待中的命令失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>late answer discarded: %1</source>
        <translation>已丢弃迟到的应答：%1</translation>
    </message>
    <message>
        <source>the line is in step again</source>
        <translation>线路已重新同步</translation>
    </message>
</context>
<context>
    <name>AtConsoleCommand</name>
    <message>
        <source>Port name or device path.</source>
        <translation>端口名称或设备路径。</translation>
    </message>
    <message>
        <source>AT commands, sent in order.</source>
        <translation>要按顺序发送的 AT 命令。</translation>
    </message>
    <message>
        <source>Seconds to wait for each command&apos;s final result (default 10).</source>
        <translation>等待每条命令最终结果的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Use this rate instead of searching for it.</source>
        <translation>使用此速率，而不是自动搜索。</translation>
    </message>
    <message>
        <source>at needs a port and at least one command, e.g. fotadesk-cli at ttyUSB2 AT+CGMR</source>
        <translation>at 需要一个端口和至少一条命令，例如 fotadesk-cli at ttyUSB2 AT+CGMR</translation>
    </message>
    <message>
        <source>--timeout wants seconds, such as 30; got &quot;%1&quot;</source>
        <translation>--timeout 需要秒数，例如 30；收到的是“%1”</translation>
    </message>
    <message>
        <source>cannot open %1: %2. Close any program using it (a terminal, ModemManager) and check that you may use serial ports (group dialout).</source>
        <translation>无法打开 %1：%2。请关闭正在使用它的程序（终端、ModemManager），并确认您有权使用串口（dialout 组）。</translation>
    </message>
    <message>
        <source>%1 went away</source>
        <translation>%1 已消失</translation>
    </message>
    <message>
        <source>%1: %2. Check that the module is powered and that this is its AT port, or give its rate with --baud N.</source>
        <translation>%1：%2。请确认模块已通电且这是其 AT 端口，或用 --baud N 指定其速率。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2. Give the module&apos;s rate with --baud N.</source>
        <translation>%1：%2。请用 --baud N 指定模块的速率。</translation>
    </message>
</context>
<context>
    <name>AtResult</name>
    <message>
        <source>the module did not answer %1 in time</source>
        <translation>模块未及时响应 %1</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <source>the port was lost before %1 completed</source>
        <translation>%1 完成之前端口丢失</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>The module&apos;s IMEI (or serial number), or the port it is or was on.</source>
        <translation>模块的 IMEI（或序列号），或者它当前或曾经所在的端口。</translation>
    </message>
    <message>
        <source>The zip to write (default: fotadesk-bundle-&lt;module&gt;-&lt;time&gt;.zip here).</source>
        <translation>要写入的 zip 文件（默认：当前文件夹中的 fotadesk-bundle-&lt;module&gt;-&lt;time&gt;.zip）。</translation>
    </message>
    <message>
        <source>How many of the module&apos;s last jobs (default 20).</source>
        <translation>包含的该模块最近任务数量（默认 20）。</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>历史数据库（默认：位于用户数据文件夹中）。</translation>
    </message>
    <message>
        <source>bundle wants one module or port; run &apos;fotadesk-cli bundle --help&apos;</source>
        <translation>bundle 需要一个模块或端口；请运行 &apos;fotadesk-cli bundle --help&apos;</translation>
    </message>
    <message>
        <source>--limit wants a positive number; got &quot;%1&quot;</source>
        <translation>--limit 需要正数；收到的是“%1”</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) about %2, secrets masked</source>
        <translation>
            <numerusform>%1：%n 个关于 %2 的文件，机密信息已屏蔽</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CinterionDriver</name>
    <message>
        <source>the module downloads the package over HTTP(S): give the file with --package (FotaDesk serves it), or its URL with --url and its SHA-256 with --sha256</source>
        <translation>模块通过 HTTP(S) 下载软件包：请用 --package 指定文件（由 FotaDesk 提供），或用 --url 指定其 URL 并用 --sha256 指定其 SHA-256</translation>
    </message>
    <message>
        <source>the module checks the download against its SHA-256: give it with --sha256</source>
        <translation>模块会用 SHA-256 校验下载内容：请用 --sha256 指定</translation>
    </message>
    <message>
        <source>LwM2M needs the server&apos;s URI: give it with --url (e.g. coap://lwm2m.example.net:5683)</source>
        <translation>LwM2M 需要服务器的 URI：请用 --url 指定（例如 coap://lwm2m.example.net:5683）</translation>
    </message>
    <message>
        <source>%1 is reserved for the running Cinterion update (it would abort, restart or redirect its download or install)</source>
        <translation>%1 已保留给正在运行的 Cinterion 更新（否则它会中止、重启或重定向其下载或安装）</translation>
    </message>
</context>
<context>
    <name>CinterionLwm2mFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>没有可更新的模块会话</translation>
    </message>
    <message>
        <source>Correct the LwM2M profile and start again.</source>
        <translation>修正 LwM2M 配置文件后再次开始。</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>重启后 SIM 卡未接受其 PIN</translation>
    </message>
    <message>
        <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
        <translation>输入正确的 PIN（输错三次 SIM 卡将锁定），然后用 ATI1 读取固件版本。</translation>
    </message>
    <message>
        <source>Writing the LwM2M profile %1</source>
        <translation>正在写入 LwM2M 配置文件 %1</translation>
    </message>
    <message>
        <source>Starting the LwM2M client</source>
        <translation>正在启动 LwM2M 客户端</translation>
    </message>
    <message>
        <source>LwM2M client started; waiting for the server to update the firmware</source>
        <translation>LwM2M 客户端已启动；等待服务器更新固件</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>%1 期间端口消失</translation>
    </message>
    <message>
        <source>Reconnect the module and start again.</source>
        <translation>重新连接模块后再次开始。</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>模块未响应 %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>检查线缆和串口速率，然后再次开始。</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>模块拒绝了 %1（%2）</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT^SNLWM2M and the profile&apos;s values.</source>
        <translation>检查固件是否支持 AT^SNLWM2M，以及配置文件中的值。</translation>
    </message>
    <message>
        <source>The firmware update failed: %1</source>
        <translation>固件更新失败：%1</translation>
    </message>
    <message>
        <source>Firmware object: %1</source>
        <translation>固件对象：%1</translation>
    </message>
    <message>
        <source>The module installs the new firmware and restarts. Never power it off.</source>
        <translation>模块正在安装新固件并将重启。切勿断电。</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>模块正以新固件重启；等待其恢复</translation>
    </message>
    <message>
        <source>The port went away before the update started</source>
        <translation>更新开始前端口消失</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>重新连接模块后再次开始；其固件未改变。</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>在 %1 上重新找到</translation>
    </message>
    <message>
        <source>Reading the firmware revision</source>
        <translation>正在读取固件版本</translation>
    </message>
    <message>
        <source>The module&apos;s firmware revision could not be read</source>
        <translation>无法读取模块的固件版本</translation>
    </message>
    <message>
        <source>Read it with ATI1 before trusting the update.</source>
        <translation>在确认更新成功之前，请用 ATI1 读取。</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>模块运行 %1，预期为 %2</translation>
    </message>
    <message>
        <source>The LwM2M server may have sent another package; check its campaign.</source>
        <translation>LwM2M 服务器可能发送了其他软件包；请检查其推送活动。</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>模块仍运行 %1</translation>
    </message>
    <message>
        <source>Object 5 reports success but the revision is unchanged; read ATI1 again after the next restart.</source>
        <translation>对象 5 报告成功，但版本未变；下次重启后请再次读取 ATI1。</translation>
    </message>
    <message>
        <source>The LwM2M server started no firmware update in time</source>
        <translation>LwM2M 服务器未在规定时间内启动固件更新</translation>
    </message>
    <message>
        <source>Check the profile (server URI, security) and the campaign on the LwM2M server.</source>
        <translation>检查配置文件（服务器 URI、安全设置）以及 LwM2M 服务器上的推送活动。</translation>
    </message>
    <message>
        <source>The module reported no update result after the reboot</source>
        <translation>重启后模块未报告更新结果</translation>
    </message>
    <message>
        <source>Read object 5 (/5/0/5) and the firmware revision (ATI1) before trusting the update.</source>
        <translation>在确认更新成功之前，请读取对象 5（/5/0/5）和固件版本（ATI1）。</translation>
    </message>
</context>
<context>
    <name>CinterionOtaFlow</name>
    <message>
        <source>Download stopped; starting the update again resumes it</source>
        <translation>下载已停止；再次开始更新将继续下载</translation>
    </message>
    <message>
        <source>The package could not be hashed: %1</source>
        <translation>无法计算软件包的哈希：%1</translation>
    </message>
    <message>
        <source>Check that the package file exists and is readable.</source>
        <translation>检查软件包文件是否存在且可读。</translation>
    </message>
    <message>
        <source>No module session to update</source>
        <translation>没有可更新的模块会话</translation>
    </message>
    <message>
        <source>No valid http(s) URL for the module to download from</source>
        <translation>没有可供模块下载的有效 http(s) URL</translation>
    </message>
    <message>
        <source>Give the package&apos;s URL, or let FotaDesk serve the package itself.</source>
        <translation>提供软件包的 URL，或由 FotaDesk 自己提供软件包。</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>重启后 SIM 卡未接受其 PIN</translation>
    </message>
    <message>
        <source>Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with ATI1.</source>
        <translation>输入正确的 PIN（输错三次 SIM 卡将锁定），然后用 ATI1 读取固件版本。</translation>
    </message>
    <message>
        <source>https: the module needs the server&apos;s CA certificate (AT^SBNW=is_cert,&lt;n&gt;)</source>
        <translation>https：模块需要服务器的 CA 证书（AT^SBNW=is_cert,&lt;n&gt;）</translation>
    </message>
    <message>
        <source>Preparing the over-the-air update</source>
        <translation>正在准备空中下载更新</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is not 64 hex digits</source>
        <translation>软件包的 SHA-256 不是 64 位十六进制数</translation>
    </message>
    <message>
        <source>Check the package catalog entry.</source>
        <translation>检查软件包目录中的条目。</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is not known</source>
        <translation>软件包的 SHA-256 未知</translation>
    </message>
    <message>
        <source>Give the package file or its SHA-256: the module checks the download against it.</source>
        <translation>提供软件包文件或其 SHA-256：模块将据此校验下载内容。</translation>
    </message>
    <message>
        <source>Computing the package&apos;s SHA-256</source>
        <translation>正在计算软件包的 SHA-256</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>%1 期间端口消失</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>重新连接模块后再次开始；其固件未改变。</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>模块未响应 %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>检查线缆和串口速率，然后再次开始。</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>模块拒绝了 %1（%2）</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT^SNFOTA and the values given (APN, URL).</source>
        <translation>检查固件是否支持 AT^SNFOTA，以及所给的值（APN、URL）。</translation>
    </message>
    <message>
        <source>Setting up the PDP context</source>
        <translation>正在设置 PDP 上下文</translation>
    </message>
    <message>
        <source>registered with %1</source>
        <translation>已注册到 %1</translation>
    </message>
    <message>
        <source>The module is deregistered from the network (AT+COPS=2)</source>
        <translation>模块已从网络注销（AT+COPS=2）</translation>
    </message>
    <message>
        <source>Register it again with AT+COPS=0, then start the update.</source>
        <translation>用 AT+COPS=0 重新注册，然后开始更新。</translation>
    </message>
    <message>
        <source>The module is not registered with a network</source>
        <translation>模块未注册到网络</translation>
    </message>
    <message>
        <source>Check the SIM, the antenna and the coverage, then start again.</source>
        <translation>检查 SIM 卡、天线和信号覆盖，然后再次开始。</translation>
    </message>
    <message>
        <source>Waiting for the module to register with the network</source>
        <translation>等待模块注册到网络</translation>
    </message>
    <message>
        <source>Writing the FOTA settings</source>
        <translation>正在写入 FOTA 设置</translation>
    </message>
    <message>
        <source>The module did not keep the FOTA settings: %1</source>
        <translation>模块未保存 FOTA 设置：%1</translation>
    </message>
    <message>
        <source>Check the URL (length, characters) and the connection id, then start again.</source>
        <translation>检查 URL（长度、字符）和连接 ID，然后再次开始。</translation>
    </message>
    <message>
        <source>a partial download (%1 %) is on the module; it resumes</source>
        <translation>模块上有部分下载（%1%）；将继续下载</translation>
    </message>
    <message>
        <source>The module downloads the package</source>
        <translation>模块正在下载软件包</translation>
    </message>
    <message>
        <source>The download was stopped on the module (user break)</source>
        <translation>模块上的下载已停止（用户中断）</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Download complete; the module checked its SHA-256</source>
        <translation>下载完成；模块已校验其 SHA-256</translation>
    </message>
    <message>
        <source>Installing: the module flashes the new firmware and restarts. Never power it off.</source>
        <translation>正在安装：模块正在烧写新固件并将重启。切勿断电。</translation>
    </message>
    <message>
        <source>The module refused to start the install (%1)</source>
        <translation>模块拒绝开始安装（%1）</translation>
    </message>
    <message>
        <source>Download the package again, then start the install.</source>
        <translation>重新下载软件包，然后开始安装。</translation>
    </message>
    <message>
        <source>The install restarts after an interruption. Never power the module off.</source>
        <translation>安装在中断后重新开始。切勿给模块断电。</translation>
    </message>
    <message>
        <source>Install started</source>
        <translation>安装已开始</translation>
    </message>
    <message>
        <source>Package checksum OK</source>
        <translation>软件包校验和正确</translation>
    </message>
    <message>
        <source>The module rejected the package&apos;s checksum</source>
        <translation>模块拒绝了软件包的校验和</translation>
    </message>
    <message>
        <source>Download the package again, then install it.</source>
        <translation>重新下载软件包，然后安装。</translation>
    </message>
    <message>
        <source>Flashing</source>
        <translation>正在烧写</translation>
    </message>
    <message>
        <source>Phase 1 of the install done</source>
        <translation>安装第 1 阶段完成</translation>
    </message>
    <message>
        <source>The module could not install the package</source>
        <translation>模块无法安装该软件包</translation>
    </message>
    <message>
        <source>The module keeps its current firmware; the package is probably a delta for another base version. Check the package against the module&apos;s revision (ATI1).</source>
        <translation>模块保留当前固件；该软件包可能是针对其他基础版本的差分包。请对照模块的版本（ATI1）检查软件包。</translation>
    </message>
    <message>
        <source>Phase 2 of the install runs; the module restarts when it is done</source>
        <translation>安装第 2 阶段进行中；完成后模块将重启</translation>
    </message>
    <message>
        <source>The module started</source>
        <translation>模块已启动</translation>
    </message>
    <message>
        <source>The module loaded its provider profile</source>
        <translation>模块已加载其运营商配置</translation>
    </message>
    <message>
        <source>The port went away before the download started</source>
        <translation>下载开始前端口消失</translation>
    </message>
    <message>
        <source>The port went away while the download was being stopped</source>
        <translation>停止下载期间端口消失</translation>
    </message>
    <message>
        <source>The port went away during the download; waiting for the module to resume it</source>
        <translation>下载期间端口消失；等待模块继续下载</translation>
    </message>
    <message>
        <source>The module restarts to finish the install; waiting for it to come back</source>
        <translation>模块正在重启以完成安装；等待其恢复</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>在 %1 上重新找到</translation>
    </message>
    <message>
        <source>Reading the firmware revision</source>
        <translation>正在读取固件版本</translation>
    </message>
    <message>
        <source>The module&apos;s firmware revision could not be read</source>
        <translation>无法读取模块的固件版本</translation>
    </message>
    <message>
        <source>Read it with ATI1 before trusting the update.</source>
        <translation>在确认更新成功之前，请用 ATI1 读取。</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>模块运行 %1，预期为 %2</translation>
    </message>
    <message>
        <source>The package may not apply to this module&apos;s base firmware; check the package and the module&apos;s revision before another attempt.</source>
        <translation>该软件包可能不适用于此模块的基础固件；再次尝试前请检查软件包和模块版本。</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>模块仍运行 %1</translation>
    </message>
    <message>
        <source>The install did not take; check the package and the module&apos;s log.</source>
        <translation>安装未生效；请检查软件包和模块日志。</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>已取消；模块保留当前固件</translation>
    </message>
    <message>
        <source>Stopping the download</source>
        <translation>正在停止下载</translation>
    </message>
    <message>
        <source>stopping the download: %1</source>
        <translation>停止下载：%1</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>下载未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>Check the coverage and the server; starting the update again resumes the download.</source>
        <translation>检查信号覆盖和服务器；再次开始更新将继续下载。</translation>
    </message>
</context>
<context>
    <name>ConsoleDeck</name>
    <message>
        <source>Select a module to talk to it.</source>
        <translation>选择一个模块以与其通信。</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Replies to the commands you send appear here. The module&apos;s full traffic is in the Log tab.</source>
        <translation>您发送的命令的回复显示在这里。模块的全部通信见“日志”选项卡。</translation>
    </message>
    <message>
        <source>AT command, e.g. AT+CGMR (Up/Down: history)</source>
        <translation>AT 命令，例如 AT+CGMR（上/下键：历史记录）</translation>
    </message>
    <message>
        <source>AT command</source>
        <translation>AT 命令</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 未发送：%2</translation>
    </message>
    <message>
        <source>Refused while an update runs. %1</source>
        <translation>更新进行中，已拒绝。%1</translation>
    </message>
    <message>
        <source>Waiting for the reply to %1</source>
        <translation>等待 %1 的回复</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Simulated modules (at least one per family).</source>
        <translation>模拟模块数量（每个系列至少一个）。</translation>
    </message>
    <message>
        <source>Let the simulated modules send at full speed instead of the serial line&apos;s rate.</source>
        <translation>让模拟模块全速发送，而不受串行线路速率限制。</translation>
    </message>
    <message>
        <source>--modules takes a number from 1 to 64</source>
        <translation>--modules 需要 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>the simulated fleet cannot start: %1</source>
        <translation>模拟模块组无法启动：%1</translation>
    </message>
    <message>
        <source>the simulated fleet failed: %1</source>
        <translation>模拟模块组出错：%1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated module(s) in %1</source>
        <translation>
            <numerusform>正在 %1 中启动 %n 个模拟模块</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo did not finish within 15 minutes</source>
        <translation>演示未在 15 分钟内完成</translation>
    </message>
    <message>
        <source>found %1 (%2, firmware %3) on %4</source>
        <translation>在 %4 上找到 %1（%2，固件 %3）</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n module(s)</source>
        <translation>
            <numerusform>正在更新 %n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>FIRMWARE</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 of %2 module(s) updated in %3 s</source>
        <translation>%2 个模块中已更新 %1 个，用时 %3 秒</translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message>
        <source>fotadesk-sim was not found next to %1 or in its build tree</source>
        <translation>在 %1 旁边及其构建目录中均未找到 fotadesk-sim</translation>
    </message>
    <message>
        <source>cannot make a folder for the demo fleet in %1</source>
        <translation>无法在 %1 中为演示模块组创建文件夹</translation>
    </message>
    <message>
        <source>fotadesk-sim make-package failed: %1</source>
        <translation>fotadesk-sim make-package 失败：%1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>the simulated module %1 stopped (exit code %2)</source>
        <translation>模拟模块 %1 已停止（退出码 %2）</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>released for another tool; reclaim the module to use it again</source>
        <translation>已释放给其他工具；收回模块后才能再次使用</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>正被 %1 使用</translation>
    </message>
    <message>
        <source>finish or close it there first</source>
        <translation>请先在那里完成或关闭</translation>
    </message>
    <message>
        <source>answers AT but gives neither IMEI nor serial number, so it cannot be told apart from other modules</source>
        <translation>响应 AT，但既不提供 IMEI 也不提供序列号，因此无法与其他模块区分</translation>
    </message>
    <message>
        <source>if a module is behind it, check its power and rate, then probe again</source>
        <translation>如果其后连接了模块，请检查电源和速率，然后重新探测</translation>
    </message>
    <message>
        <source>close the program that has the port open (a terminal, another FotaDesk), then probe again</source>
        <translation>关闭占用该端口的程序（终端、另一个 FotaDesk），然后重新探测</translation>
    </message>
    <message>
        <source>add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again</source>
        <translation>将您的用户加入 dialout 组（sudo usermod -aG dialout $USER）并重新登录</translation>
    </message>
    <message>
        <source>ask an administrator for access to serial ports</source>
        <translation>请管理员授予串口访问权限</translation>
    </message>
    <message>
        <source>unplug and replug the device, then probe again</source>
        <translation>拔下并重新插入设备，然后重新探测</translation>
    </message>
    <message>
        <source>another interface of the module on %1</source>
        <translation>%1 上该模块的另一个接口</translation>
    </message>
    <message>
        <source>port error (%1); looking for the module again</source>
        <translation>端口错误（%1）；正在重新查找模块</translation>
    </message>
    <message>
        <source>%1, and it has no serial number, so it cannot be told apart from other modules; a test module&apos;s IMEI can be added to the accepted test IMEIs</source>
        <translation>%1，且没有序列号，因此无法与其他模块区分；可将测试模块的 IMEI 添加到已接受的测试 IMEI 中</translation>
    </message>
    <message>
        <source>%1; known by its serial number %2 instead</source>
        <translation>%1；改为通过其序列号 %2 识别</translation>
    </message>
    <message>
        <source>IMEISV %1 read; its IMEI is %2</source>
        <translation>已读取 IMEISV %1；其 IMEI 为 %2</translation>
    </message>
    <message>
        <source>a module with the same %1 but %2 appeared on %3; it is not taken for this one and is shown as a module of its own</source>
        <translation>%3 上出现了一个 %1 相同但 %2 的模块；不会将其视为此模块，而是作为独立模块显示</translation>
    </message>
    <message>
        <source>shares %1 with another module but has %2: shown as a module of its own, not as that one found again</source>
        <translation>与另一个模块共用 %1，但具有 %2：作为独立模块显示，而不是视为重新找到的那个模块</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The history database could not be opened (%1); jobs will run but not be recorded. Check the data folder in Settings.</source>
        <translation>无法打开历史数据库（%1）；任务会运行但不会被记录。请在“设置”中检查数据文件夹。</translation>
    </message>
    <message>
        <source>no such module</source>
        <translation>没有此模块</translation>
    </message>
    <message>
        <source>The history database is not open, so no update can be recorded. Check the data folder in Settings.</source>
        <translation>历史数据库未打开，因此无法记录任何更新。请在“设置”中检查数据文件夹。</translation>
    </message>
    <message>
        <source>The module is no longer connected.</source>
        <translation>模块已不再连接。</translation>
    </message>
    <message>
        <source>The package is no longer in the catalog; add it again.</source>
        <translation>软件包已不在目录中；请重新添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) are installing and cannot be stopped; they finish on their own.</source>
        <translation>
            <numerusform>%n 个模块正在安装，无法停止；它们会自行完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 is not in the history.</source>
        <translation>历史记录中没有任务 %1。</translation>
    </message>
    <message>
        <source>Connect module %1 first: job %2 resumes on the same module.</source>
        <translation>请先连接模块 %1：任务 %2 会在同一模块上继续。</translation>
    </message>
    <message>
        <source>The package server cannot listen on %1:%2 (%3); modules cannot download packages from FotaDesk. Choose another address or port in Settings.</source>
        <translation>软件包服务器无法在 %1:%2 上监听（%3）；模块无法从 FotaDesk 下载软件包。请在“设置”中选择其他地址或端口。</translation>
    </message>
</context>
<context>
    <name>FailureReason</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>package not applicable</source>
        <translation>软件包不适用</translation>
    </message>
    <message>
        <source>module refused a command</source>
        <translation>模块拒绝了命令</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>port lost</source>
        <translation>端口丢失</translation>
    </message>
    <message>
        <source>transfer failed</source>
        <translation>传输失败</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>完整性校验失败</translation>
    </message>
    <message>
        <source>not enough space</source>
        <translation>空间不足</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>unexpected firmware version</source>
        <translation>固件版本不符</translation>
    </message>
    <message>
        <source>install failed</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <source>SIM locked</source>
        <translation>SIM 卡已锁定</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>history not written</source>
        <translation>历史记录未写入</translation>
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
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>FlashWriter</name>
    <message>
        <source>The port is not open. Reconnect the module and try again.</source>
        <translation>端口未打开。请重新连接模块后重试。</translation>
    </message>
    <message>
        <source>The package is empty: there is nothing to write. Check the package file.</source>
        <translation>软件包为空：没有可写入的内容。请检查软件包文件。</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes); nothing was written. Check that it is a delta package for this module.</source>
        <translation>软件包（%1 字节）大于模块的 FOTA 分区（%2 字节）；未写入任何内容。请检查它是否为此模块的差分包。</translation>
    </message>
    <message>
        <source>The flash upload was cancelled. The partition holds part of the package: write it again before starting the update.</source>
        <translation>闪存上传已取消。分区中只有部分软件包：开始更新前请重新写入。</translation>
    </message>
    <message>
        <source>The module refused to erase the FOTA partition (%1). Check that no download or update is running on it, then try again; if it persists, restart the module.</source>
        <translation>模块拒绝擦除 FOTA 分区（%1）。请确认其上没有正在进行的下载或更新，然后重试；若仍失败，请重启模块。</translation>
    </message>
    <message>
        <source>The module refused the write at offset %1 of %2 bytes (%3). Write the package again (the partition is erased first); if it fails at the same place, restart the module.</source>
        <translation>模块拒绝在偏移 %1（共 %2 字节）处写入（%3）。请重新写入软件包（会先擦除分区）；若在同一位置失败，请重启模块。</translation>
    </message>
    <message>
        <source>%1 bytes written to the FOTA partition.</source>
        <translation>已向 FOTA 分区写入 %1 字节。</translation>
    </message>
    <message>
        <source>Reading the flash back failed at offset %1 (%2). The firmware may not support AT+CFLR: turn verification off, or write the package again.</source>
        <translation>在偏移 %1 处回读闪存失败（%2）。固件可能不支持 AT+CFLR：请关闭校验，或重新写入软件包。</translation>
    </message>
    <message>
        <source>The flash differs from the package at offset %1. Do not start the update: write the package again.</source>
        <translation>闪存内容在偏移 %1 处与软件包不同。请勿开始更新：请重新写入软件包。</translation>
    </message>
    <message>
        <source>%1 bytes written to the FOTA partition and verified.</source>
        <translation>已向 FOTA 分区写入 %1 字节并校验通过。</translation>
    </message>
    <message>
        <source>The module did not answer %1 in time (at offset %2 of %3 bytes). Check that the baud rate is fixed (AT+IPR) and the cable is sound, then try again.</source>
        <translation>模块未及时响应 %1（偏移 %2，共 %3 字节）。请确认波特率已固定（AT+IPR）且线缆完好，然后重试。</translation>
    </message>
    <message>
        <source>The port was lost at offset %1 of %2 bytes (unplugged or rebooted). Reconnect the module and write the package again; the partition is erased first.</source>
        <translation>在偏移 %1（共 %2 字节）处端口丢失（被拔出或重启）。请重新连接模块并重新写入软件包；会先擦除分区。</translation>
    </message>
    <message>
        <source>The flash upload was cancelled.</source>
        <translation>闪存上传已取消。</translation>
    </message>
    <message>
        <source>The module refused the first write, down to %1 bytes (%2). Check that no download or update runs on it and that its firmware has AT+CFLW, then restart the module and try again.</source>
        <translation>模块拒绝了首次写入，即使减小到 %1 字节也是如此（%2）。请确认模块上没有正在进行的下载或更新，且其固件支持 AT+CFLW，然后重启模块并重试。</translation>
    </message>
    <message numerus="yes">
        <source>The module did not take the bytes of the write at offset %1 of %2, %n time(s) running (%3): the line loses or damages bytes. Check the cable and the adapter, or use a lower rate, then write the package again.</source>
        <translation>
            <numerusform>模块连续 %n 次未接收在偏移 %1（共 %2 字节）处写入的字节（%3）：线路丢失或损坏了字节。请检查线缆和适配器，或使用较低的速率，然后重新写入软件包。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>Module: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The module is installing: never unplug it or power it off now.</source>
        <translation>模块正在安装：此时切勿拔出或断电。</translation>
    </message>
    <message>
        <source>This SIM (IMSI %1) is also in %2. A SIM moved between registered Telit modules blocks their PFM updates until the module registers again.</source>
        <translation>此 SIM 卡（IMSI %1）也出现在 %2 中。在已注册的 Telit 模块之间调换的 SIM 卡会阻止这些模块的 PFM 更新，直到模块重新注册。</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 波特</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Update history</source>
        <translation>更新历史</translation>
    </message>
    <message>
        <source>Filter by IMEI, model, package, outcome…</source>
        <translation>按 IMEI、型号、软件包、结果筛选…</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>打开任务</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>继续任务</translation>
    </message>
    <message>
        <source>Run an interrupted job again on its module (connect the module first)</source>
        <translation>在原模块上重新运行中断的任务（请先连接该模块）</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Firmware before</source>
        <translation>更新前固件</translation>
    </message>
    <message>
        <source>Firmware after</source>
        <translation>更新后固件</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>Port names (ttyUSB0, COM3) or device paths (symlinks allowed).</source>
        <translation>端口名称（ttyUSB0、COM3）或设备路径（允许符号链接）。</translation>
    </message>
    <message>
        <source>Try only this rate instead of the list.</source>
        <translation>只尝试此速率，而不尝试速率列表。</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <source>identify needs at least one port; run &apos;fotadesk-cli ports&apos; to list them</source>
        <translation>identify 需要至少一个端口；运行 &apos;fotadesk-cli ports&apos; 列出端口</translation>
    </message>
    <message>
        <source>family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>imei</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>imsi</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>(not readable: %1)</source>
        <translation>（无法读取：%1）</translation>
    </message>
    <message>
        <source>no SIM answer</source>
        <translation>SIM 卡无应答</translation>
    </message>
    <message>
        <source>iccid</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>sim</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>check that the module is powered and that this is its AT port; if it runs at an unusual rate, give it with --baud N</source>
        <translation>请确认模块已通电且这是其 AT 端口；如果它使用不常见的速率，请用 --baud N 指定</translation>
    </message>
    <message>
        <source>the device speaks AT but refuses it; it is probably not a supported module</source>
        <translation>该设备使用 AT 命令但拒绝执行；它可能不是受支持的模块</translation>
    </message>
    <message>
        <source>add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again</source>
        <translation>将您的用户加入 dialout 组（sudo usermod -aG dialout $USER）并重新登录</translation>
    </message>
    <message>
        <source>close the program that has the port open (a terminal, ModemManager, another FotaDesk)</source>
        <translation>关闭占用该端口的程序（终端、ModemManager、另一个 FotaDesk）</translation>
    </message>
    <message>
        <source>if a module is behind it, give its rate with --baud N</source>
        <translation>如果其后连接了模块，请用 --baud N 指定其速率</translation>
    </message>
    <message>
        <source>check the cable and the port name</source>
        <translation>检查线缆和端口名称</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1：%2；%3</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
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
        <translation>序列号</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>信号线</translation>
    </message>
    <message>
        <source>No module selected</source>
        <translation>未选择模块</translation>
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
        <translation>%1 不是 IMEI（14 到 16 位数字）</translation>
    </message>
    <message>
        <source>the IMEI %1 is all zeros, as on a module never given one</source>
        <translation>IMEI %1 全为零，如同从未分配过 IMEI 的模块</translation>
    </message>
    <message>
        <source>the IMEI %1 is one digit repeated, not a real one</source>
        <translation>IMEI %1 由同一数字重复组成，不是真实的 IMEI</translation>
    </message>
    <message>
        <source>the IMEI %1 has a wrong check digit (Luhn: %2 expected)</source>
        <translation>IMEI %1 的校验位错误（Luhn：应为 %2）</translation>
    </message>
</context>
<context>
    <name>Interlock</name>
    <message>
        <source>it holds a control character, after which the module reads on as a command line of its own</source>
        <translation>其中含有控制字符，模块会把其后的内容当作另一条命令行读取</translation>
    </message>
    <message>
        <source>A/ repeats the module&apos;s last command line, which the interlock cannot see</source>
        <translation>A/ 会重复模块的上一条命令行，而互锁机制无法看到该命令行</translation>
    </message>
    <message>
        <source>it does not begin with AT</source>
        <translation>它不以 AT 开头</translation>
    </message>
    <message>
        <source>it cannot be read past character %1, where a module might still run what came before</source>
        <translation>无法解析第 %1 个字符之后的内容，而模块仍可能执行其之前的部分</translation>
    </message>
    <message>
        <source>a string in it is not closed</source>
        <translation>其中有未闭合的字符串</translation>
    </message>
    <message>
        <source>the command line was not sent: %1. While an update runs, only lines the interlock reads as the module would are sent</source>
        <translation>命令行未发送：%1。更新进行期间，只发送互锁机制能像模块一样解析的命令行</translation>
    </message>
    <message>
        <source>%1 would restart or switch off the module in the middle of its update, which can leave it unusable</source>
        <translation>%1 会在更新过程中重启或关闭模块，可能导致模块无法使用</translation>
    </message>
</context>
<context>
    <name>InterruptedJobs</name>
    <message>
        <source>its update was interrupted when FotaDesk stopped, at step “%1”.</source>
        <translation>其更新在 FotaDesk 停止时中断于步骤“%1”。</translation>
    </message>
    <message>
        <source>its update from %1 to %2 was interrupted when FotaDesk stopped, at step “%3”.</source>
        <translation>其从 %1 到 %2 的更新在 FotaDesk 停止时中断于步骤“%3”。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Interrupted updates</source>
        <translation>中断的更新</translation>
    </message>
    <message>
        <source>%1 updates were interrupted when FotaDesk stopped. Resume all of them here as their modules connect, or one by one in the History.</source>
        <translation>FotaDesk 停止时有 %1 个更新被中断。可在模块连接后于此处全部继续，也可在“历史”中逐个继续。</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <source>Run the job again on its module, from where it is safe to start</source>
        <translation>在原模块上从可安全开始的位置重新运行该任务</translation>
    </message>
    <message>
        <source>Waiting for the module to be connected: a job resumes on its own module</source>
        <translation>等待模块连接：任务只会在其原模块上继续</translation>
    </message>
</context>
<context>
    <name>JobDetailsDialog</name>
    <message>
        <source>Open transcript</source>
        <translation>打开通信记录</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>%1 → %2 (expected %3)</source>
        <translation>%1 → %2（预期 %3）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Serial line</source>
        <translation>串口线路</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>耗时构成</translation>
    </message>
</context>
<context>
    <name>JobRecovery</name>
    <message>
        <source>FotaDesk stopped while the module was at step %1; the module may still be installing</source>
        <translation>FotaDesk 停止时模块处于步骤 %1；模块可能仍在安装</translation>
    </message>
    <message>
        <source>Leave the module powered: FotaDesk verifies its firmware and restores its settings as soon as it is back.</source>
        <translation>保持模块通电：模块恢复后 FotaDesk 会验证其固件并恢复其设置。</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1</source>
        <translation>FotaDesk 在步骤 %1 中停止</translation>
    </message>
    <message>
        <source>Nothing was installed. Resume the job to start it again from its checks.</source>
        <translation>未安装任何内容。继续该任务即可从检查步骤重新开始。</translation>
    </message>
    <message>
        <source>job %1 is not in the store</source>
        <translation>存储中没有任务 %1</translation>
    </message>
    <message>
        <source>job %1 is %2, not interrupted</source>
        <translation>任务 %1 的状态为 %2，并未中断</translation>
    </message>
    <message>
        <source>job %1 belongs to module %2</source>
        <translation>任务 %1 属于模块 %2</translation>
    </message>
    <message>
        <source>the package of job %1 (%2) is no longer in the catalog</source>
        <translation>任务 %1 的软件包（%2）已不在目录中</translation>
    </message>
    <message>
        <source>The module did not come back after FotaDesk stopped during step %1</source>
        <translation>FotaDesk 在步骤 %1 中停止后，模块未恢复</translation>
    </message>
    <message>
        <source>Check the module (power, cable); when it is back, resume the job to verify it.</source>
        <translation>检查模块（电源、线缆）；模块恢复后继续该任务以进行验证。</translation>
    </message>
    <message>
        <source>Leave the module powered: the next update on it, or the next start of FotaDesk, verifies its firmware and restores its settings.</source>
        <translation>保持模块通电：下次在该模块上更新或下次启动 FotaDesk 时，会验证其固件并恢复其设置。</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1 after the module was told to download the package on its own (%2); it may still be downloading or installing</source>
        <translation>FotaDesk 在步骤 %1 中停止，此前已指示模块自行下载软件包（%2）；模块可能仍在下载或安装</translation>
    </message>
    <message>
        <source>FotaDesk stopped during step %1 after the module was told to install (%2); it may still be installing</source>
        <translation>FotaDesk 在步骤 %1 中停止，此前已指示模块进行安装（%2）；模块可能仍在安装</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>no module</source>
        <translation>没有模块</translation>
    </message>
    <message>
        <source>job %1 is already updating this module</source>
        <translation>任务 %1 已在更新此模块</translation>
    </message>
    <message>
        <source>the job cannot be recorded in the store</source>
        <translation>无法在存储中记录该任务</translation>
    </message>
    <message>
        <source>no job runs on this module</source>
        <translation>此模块上没有正在运行的任务</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Settings backup</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证版本</translation>
    </message>
    <message>
        <source>Settings restore</source>
        <translation>恢复设置</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>SIM PIN</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，速率 %2</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据量</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>%1 in all: the line %2 (%3), the module %4 (%5), FotaDesk %6 (%7)</source>
        <translation>共 %1：线路 %2（%3），模块 %4（%5），FotaDesk %6（%7）</translation>
    </message>
    <message>
        <source>The line: the package&apos;s bytes crossing the serial line at the rate used.
The module: its own work (answering commands, checking, installing, rebooting, downloading over its network).
FotaDesk: the rest, FotaDesk&apos;s own share.</source>
        <translation>线路：软件包的字节以所用速率通过串口线路的时间。
模块：模块自身的工作（应答命令、检查、安装、重启、通过其网络下载）。
FotaDesk：其余部分，即 FotaDesk 自身所占的时间。</translation>
    </message>
    <message>
        <source>%1 (the module&apos;s own rate, not switched)</source>
        <translation>%1（模块自身的速率，未切换）</translation>
    </message>
    <message>
        <source>%1 (switched from %2)</source>
        <translation>%1（由 %2 切换而来）</translation>
    </message>
    <message>
        <source>serial rate</source>
        <translation>串口速率</translation>
    </message>
    <message>
        <source>rate before</source>
        <translation>切换前速率</translation>
    </message>
    <message>
        <source>module&apos;s rate</source>
        <translation>模块速率</translation>
    </message>
    <message>
        <source>rate switching</source>
        <translation>速率切换</translation>
    </message>
    <message>
        <source>%1 in all: the module %2 (%3), FotaDesk %4 (%5)</source>
        <translation>共 %1：模块 %2（%3），FotaDesk %4（%5）</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <source>How many recent jobs (default 50).</source>
        <translation>显示的最近任务数量（默认 50）。</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>历史数据库（默认：位于用户数据文件夹中）。</translation>
    </message>
    <message>
        <source>--limit wants a positive number; got &quot;%1&quot;</source>
        <translation>--limit 需要正数；收到的是“%1”</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>no update jobs in %1</source>
        <translation>%1 中没有更新任务</translation>
    </message>
    <message>
        <source>job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>to</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation>
            <numerusform>（%n 条警告）</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted (resume them from FotaDesk):</source>
        <translation>已中断（请在 FotaDesk 中继续）：</translation>
    </message>
    <message>
        <source>  job %1 on %2 at step %3: %4</source>
        <translation>  任务 %1，模块 %2，步骤 %3：%4</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>URCs</source>
        <translation>URC</translation>
    </message>
    <message>
        <source>FotaDesk notes</source>
        <translation>FotaDesk 备注</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>始终显示最新一行</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>打开通信记录</translation>
    </message>
    <message>
        <source>The module&apos;s full log on disk, every line since FotaDesk first saw it</source>
        <translation>磁盘上该模块的完整日志，包含 FotaDesk 首次发现它以来的每一行</translation>
    </message>
    <message>
        <source>No transcript yet</source>
        <translation>尚无通信记录</translation>
    </message>
    <message>
        <source>The module&apos;s full log on disk: %1</source>
        <translation>磁盘上该模块的完整日志：%1</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 older lines are only in the transcript</source>
        <translation>%1 行较早的内容仅保存在通信记录中</translation>
    </message>
    <message>
        <source>Transfer data</source>
        <translation>传输数据</translation>
    </message>
    <message>
        <source>The bytes of package transfers (XMODEM blocks, flash writes), hidden unless asked for; the transcript always has them</source>
        <translation>软件包传输的字节（XMODEM 块、闪存写入），默认隐藏；通信记录中始终包含这些内容</translation>
    </message>
</context>
<context>
    <name>Lwm2mProfile</name>
    <message>
        <source>The profile name must be letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; or &apos;:&apos;</source>
        <translation>配置文件名称只能包含字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos; 或 &apos;:&apos;</translation>
    </message>
    <message>
        <source>The PDP context id must be between 1 and 16</source>
        <translation>PDP 上下文 ID 必须在 1 到 16 之间</translation>
    </message>
    <message>
        <source>The server must be coap://host:port or coaps://host:port</source>
        <translation>服务器必须为 coap://host:port 或 coaps://host:port</translation>
    </message>
    <message>
        <source>Without security the server URI must use coap://</source>
        <translation>不使用安全机制时，服务器 URI 必须使用 coap://</translation>
    </message>
    <message>
        <source>With PSK or certificate security the server URI must use coaps://</source>
        <translation>使用 PSK 或证书安全机制时，服务器 URI 必须使用 coaps://</translation>
    </message>
    <message>
        <source>PSK security needs an identity (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;)</source>
        <translation>PSK 安全机制需要身份标识（字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;、&apos;:&apos;）</translation>
    </message>
    <message>
        <source>The PSK key must be given in hexadecimal</source>
        <translation>PSK 密钥必须以十六进制给出</translation>
    </message>
    <message>
        <source>The lifetime must be at least one second</source>
        <translation>生存期至少为一秒</translation>
    </message>
    <message>
        <source>The binding must be one of U, UQ, S, SQ, US, UQS or N</source>
        <translation>绑定模式必须是 U、UQ、S、SQ、US、UQS 或 N 之一</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>no update result yet</source>
        <translation>尚无更新结果</translation>
    </message>
    <message>
        <source>firmware updated successfully</source>
        <translation>固件更新成功</translation>
    </message>
    <message>
        <source>not enough flash memory for the package</source>
        <translation>闪存空间不足以容纳软件包</translation>
    </message>
    <message>
        <source>Use a delta package instead of a full image.</source>
        <translation>请使用差分包而非完整镜像。</translation>
    </message>
    <message>
        <source>out of RAM during the download</source>
        <translation>下载期间内存不足</translation>
    </message>
    <message>
        <source>Restart the module and let the server start the update again.</source>
        <translation>重启模块，让服务器重新开始更新。</translation>
    </message>
    <message>
        <source>connection lost during the download</source>
        <translation>下载期间连接丢失</translation>
    </message>
    <message>
        <source>Check the coverage and the APN; the server can start the update again.</source>
        <translation>检查信号覆盖和 APN；服务器可以重新开始更新。</translation>
    </message>
    <message>
        <source>integrity check of the package failed</source>
        <translation>软件包完整性校验失败</translation>
    </message>
    <message>
        <source>Check the package on the LwM2M server.</source>
        <translation>检查 LwM2M 服务器上的软件包。</translation>
    </message>
    <message>
        <source>unsupported package type</source>
        <translation>不支持的软件包类型</translation>
    </message>
    <message>
        <source>Publish a package made for this module on the LwM2M server.</source>
        <translation>在 LwM2M 服务器上发布为此模块制作的软件包。</translation>
    </message>
    <message>
        <source>invalid package URI</source>
        <translation>软件包 URI 无效</translation>
    </message>
    <message>
        <source>Check the package URI the LwM2M server wrote to /5/0/1.</source>
        <translation>检查 LwM2M 服务器写入 /5/0/1 的软件包 URI。</translation>
    </message>
    <message>
        <source>firmware update failed</source>
        <translation>固件更新失败</translation>
    </message>
    <message>
        <source>The module keeps its firmware; check that the package fits its base version.</source>
        <translation>模块保留其固件；请检查软件包是否与其基础版本匹配。</translation>
    </message>
    <message>
        <source>unsupported download protocol</source>
        <translation>不支持的下载协议</translation>
    </message>
    <message>
        <source>Let the LwM2M server offer the package over a protocol the module supports.</source>
        <translation>让 LwM2M 服务器通过模块支持的协议提供软件包。</translation>
    </message>
    <message>
        <source>result %1, not documented</source>
        <translation>结果 %1，文档中未说明</translation>
    </message>
    <message>
        <source>Read the module&apos;s object 5 and contact support.</source>
        <translation>读取模块的对象 5 并联系技术支持。</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Update…</source>
        <translation>更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Update the selected modules&apos; firmware</source>
        <translation>更新所选模块的固件</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the selected modules&apos; jobs, where the module still allows it</source>
        <translation>取消所选模块的任务（在模块仍允许时）</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>全部取消(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel every running job, where the modules still allow it</source>
        <translation>取消所有运行中的任务（在模块仍允许时）</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <source>Look for modules on every port again</source>
        <translation>在所有端口上重新查找模块</translation>
    </message>
    <message>
        <source>&amp;Release port</source>
        <translation>释放端口(&amp;R)</translation>
    </message>
    <message>
        <source>Close the port so another tool can use it</source>
        <translation>关闭端口，以便其他工具使用</translation>
    </message>
    <message>
        <source>Re&amp;claim port</source>
        <translation>收回端口(&amp;C)</translation>
    </message>
    <message>
        <source>Take a released port back</source>
        <translation>收回已释放的端口</translation>
    </message>
    <message>
        <source>AT &amp;console</source>
        <translation>AT 控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Talk to the selected module</source>
        <translation>与所选模块通信</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Past update jobs</source>
        <translation>以往的更新任务</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ports, agreements, timeouts, package server, data folder, language</source>
        <translation>端口、确认请求、超时、软件包服务器、数据文件夹、语言</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit FotaDesk</source>
        <translation>退出 FotaDesk</translation>
    </message>
    <message>
        <source>&amp;About FotaDesk</source>
        <translation>关于 FotaDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Serial &amp;ports</source>
        <translation>串口(&amp;P)</translation>
    </message>
    <message>
        <source>Every serial port and what is on it, with advice for those without a module</source>
        <translation>所有串口及其连接的设备，并为没有模块的端口提供建议</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>导出诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Save everything about the selected module for support in one zip: identity, jobs, settings backups, transcripts, versions; secrets masked</source>
        <translation>将所选模块的全部信息保存到一个 zip 文件中以供技术支持：身份、任务、设置备份、通信记录、版本；机密信息已屏蔽</translation>
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
        <translation>关于 FotaDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Firmware updates for cellular IoT modules over serial/USB and over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 and Sierra Wireless HL78xx.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FotaDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;通过串口/USB 及空中下载（OTA）为蜂窝物联网模块更新固件：Telit (PFM)、Telit Cinterion、SIMCom SIM7020 和 Sierra Wireless HL78xx。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quitting stops the running update. It is recorded as interrupted, and FotaDesk offers to resume it at its next start.</source>
        <translation>退出将停止正在运行的更新。该更新会被记录为已中断，FotaDesk 下次启动时会提示继续。</translation>
    </message>
    <message>
        <source>Quitting stops the running updates. They are recorded as interrupted, and FotaDesk offers to resume them at its next start.</source>
        <translation>退出将停止正在运行的更新。这些更新会被记录为已中断，FotaDesk 下次启动时会提示继续。</translation>
    </message>
    <message>
        <source>One module is installing its new firmware and cannot be stopped: it finishes on its own. Leave it powered and connected.</source>
        <translation>有一个模块正在安装新固件，无法停止：它会自行完成。请保持其通电和连接。</translation>
    </message>
    <message>
        <source>%1 modules are installing their new firmware and cannot be stopped: they finish on their own. Leave them powered and connected.</source>
        <translation>%1 个模块正在安装新固件，无法停止：它们会自行完成。请保持其通电和连接。</translation>
    </message>
    <message>
        <source>Quit FotaDesk?</source>
        <translation>退出 FotaDesk？</translation>
    </message>
    <message>
        <source>An update is still running.</source>
        <translation>仍有一个更新正在运行。</translation>
    </message>
    <message>
        <source>%1 updates are still running.</source>
        <translation>仍有 %1 个更新正在运行。</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <source>Keep updating</source>
        <translation>继续更新</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <source>The diagnostics could not be written.</source>
        <translation>无法写入诊断信息。</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics are still being written; try again in a moment.</source>
        <translation>仍在写入诊断信息；请稍后再试。</translation>
    </message>
    <message>
        <source>Writing diagnostics to %1…</source>
        <translation>正在将诊断信息写入 %1…</translation>
    </message>
</context>
<context>
    <name>MethodChoice</name>
    <message>
        <source>the LwM2M server</source>
        <translation>LwM2M 服务器</translation>
    </message>
    <message>
        <source>the Telit PFM server</source>
        <translation>Telit PFM 服务器</translation>
    </message>
    <message>
        <source>SIMCom&apos;s FOTA server (AT+CFOTA=1)</source>
        <translation>SIMCom 的 FOTA 服务器（AT+CFOTA=1）</translation>
    </message>
    <message>
        <source>AirVantage</source>
        <translation>AirVantage</translation>
    </message>
    <message>
        <source>the URL given</source>
        <translation>指定的 URL</translation>
    </message>
    <message>
        <source>Over the air: the Telit PFM server (no file needed)</source>
        <translation>空中下载：Telit PFM 服务器（无需文件）</translation>
    </message>
    <message>
        <source>Over the air: AT+CFOTA=1 from SIMCom&apos;s server (no file needed)</source>
        <translation>空中下载：从 SIMCom 的服务器执行 AT+CFOTA=1（无需文件）</translation>
    </message>
    <message>
        <source>Over the air: AirVantage (no file needed)</source>
        <translation>空中下载：AirVantage（无需文件）</translation>
    </message>
    <message>
        <source>Over the air: ^SNFOTA download, served by FotaDesk or from a URL</source>
        <translation>空中下载：^SNFOTA 下载，由 FotaDesk 提供或来自某个 URL</translation>
    </message>
    <message>
        <source>Over the air: LwM2M client (no file needed)</source>
        <translation>空中下载：LwM2M 客户端（无需文件）</translation>
    </message>
</context>
<context>
    <name>ModemLinesWidget</name>
    <message>
        <source>not reported by this port</source>
        <translation>此端口不报告</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>ModemManagerCheck</name>
    <message>
        <source>ModemManager has %1 open and talks to the module. Inhibit the device while updating (mmcli --inhibit-device=&lt;uid&gt;, or the ModemManager D-Bus InhibitDevice call), or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d so ModemManager ignores these modules.</source>
        <translation>ModemManager 已打开 %1 并在与模块通信。请在更新期间禁用该设备（mmcli --inhibit-device=&lt;uid&gt;，或 ModemManager 的 D-Bus InhibitDevice 调用），或将 packaging/70-fotadesk-modems.rules 安装到 /etc/udev/rules.d，使 ModemManager 忽略这些模块。</translation>
    </message>
    <message>
        <source>ModemManager is running and may be probing %1. If the module answers garbage or the port is busy, inhibit the device over D-Bus while updating or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d.</source>
        <translation>ModemManager 正在运行，可能在探测 %1。如果模块返回乱码或端口被占用，请在更新期间通过 D-Bus 禁用该设备，或将 packaging/70-fotadesk-modems.rules 安装到 /etc/udev/rules.d。</translation>
    </message>
</context>
<context>
    <name>ModemManagerInhibitor</name>
    <message>
        <source>ModemManager did not let go of %1 (%2). It may probe the module during the update. Install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d and run &quot;udevadm control --reload &amp;&amp; udevadm trigger&quot; so ModemManager ignores the modules&apos; update ports, or allow this user to control ModemManager devices.</source>
        <translation>ModemManager 未释放 %1（%2）。它可能会在更新期间探测模块。请将 packaging/70-fotadesk-modems.rules 安装到 /etc/udev/rules.d 并运行“udevadm control --reload &amp;&amp; udevadm trigger”，使 ModemManager 忽略模块的更新端口；或允许此用户控制 ModemManager 设备。</translation>
    </message>
    <message>
        <source>Inhibiting ModemManager is turned off in Settings.</source>
        <translation>已在“设置”中关闭对 ModemManager 的禁用。</translation>
    </message>
    <message>
        <source>No D-Bus system bus (%1): ModemManager cannot be running; nothing to inhibit.</source>
        <translation>没有 D-Bus 系统总线（%1）：ModemManager 不可能在运行；无需禁用。</translation>
    </message>
    <message>
        <source>ModemManager is not running; nothing to inhibit.</source>
        <translation>ModemManager 未运行；无需禁用。</translation>
    </message>
    <message>
        <source>ModemManager does not manage %1; nothing to inhibit.</source>
        <translation>ModemManager 未管理 %1；无需禁用。</translation>
    </message>
</context>
<context>
    <name>ModuleDriver</name>
    <message>
        <source>method %1 sends the package from this computer: give the file with --package (or choose it in the update dialog)</source>
        <translation>方式 %1 从本计算机发送软件包：请用 --package 指定文件（或在更新对话框中选择）</translation>
    </message>
</context>
<context>
    <name>ModuleIdentity</name>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 而非 %2</translation>
    </message>
    <message>
        <source>serial number %1 instead of %2</source>
        <translation>序列号 %1 而非 %2</translation>
    </message>
    <message>
        <source>SIM %1 instead of %2</source>
        <translation>SIM %1 而非 %2</translation>
    </message>
</context>
<context>
    <name>ModulePanel</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>AT console</source>
        <translation>AT 控制台</translation>
    </message>
</context>
<context>
    <name>ModuleSession</name>
    <message>
        <source>found again on %1</source>
        <translation>在 %1 上重新找到</translation>
    </message>
    <message>
        <source>connected on %1</source>
        <translation>已在 %1 上连接</translation>
    </message>
    <message>
        <source>port released for other tools</source>
        <translation>端口已释放给其他工具</translation>
    </message>
    <message>
        <source>the port is released</source>
        <translation>端口已释放</translation>
    </message>
    <message>
        <source>the module is not connected</source>
        <translation>模块未连接</translation>
    </message>
    <message>
        <source>port %1 lost</source>
        <translation>端口 %1 丢失</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN; entering it</source>
        <translation>SIM 卡要求输入 PIN；正在输入</translation>
    </message>
    <message>
        <source>SIM PIN accepted</source>
        <translation>SIM PIN 已接受</translation>
    </message>
    <message>
        <source>the SIM refused the PIN (%1); enter the right PIN before another attempt, the SIM locks after three</source>
        <translation>SIM 卡拒绝了 PIN（%1）；再次尝试前请输入正确的 PIN，输错三次 SIM 卡将锁定</translation>
    </message>
</context>
<context>
    <name>ModuleText</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>Released to another tool</source>
        <translation>已释放给其他工具</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 of %2 max</source>
        <translation>%1 / 最长 %2</translation>
    </message>
    <message>
        <source>Best for each family</source>
        <translation>按系列自动选择最佳方式</translation>
    </message>
    <message>
        <source>Local: 1K-XMODEM over the serial port</source>
        <translation>本地：通过串口 1K-XMODEM</translation>
    </message>
    <message>
        <source>Local: flash writes (AT+CFLW)</source>
        <translation>本地：写入闪存（AT+CFLW）</translation>
    </message>
    <message>
        <source>Local: HTTP download from FotaDesk to the module&apos;s file system</source>
        <translation>本地：从 FotaDesk 经 HTTP 下载到模块文件系统</translation>
    </message>
    <message>
        <source>Over the air: the module&apos;s own FOTA client</source>
        <translation>空中下载：模块自带的 FOTA 客户端</translation>
    </message>
    <message>
        <source>Over the air: LwM2M client</source>
        <translation>空中下载：LwM2M 客户端</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果码</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <source>URC</source>
        <translation>URC</translation>
    </message>
    <message>
        <source>Unsolicited</source>
        <translation>主动上报</translation>
    </message>
    <message>
        <source>Data prompt</source>
        <translation>数据提示符</translation>
    </message>
    <message>
        <source>Data out</source>
        <translation>数据发出</translation>
    </message>
    <message>
        <source>Data in</source>
        <translation>数据接收</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>FotaDesk</source>
        <translation>FotaDesk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>PIN needed</source>
        <translation>需要 PIN</translation>
    </message>
    <message>
        <source>PUK needed</source>
        <translation>需要 PUK</translation>
    </message>
    <message>
        <source>%1 Bd</source>
        <translation>%1 波特</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>updated to %1 and verified, in %2</source>
        <translation>已更新到 %1 并验证，用时 %2</translation>
    </message>
    <message>
        <source>update cancelled; the module keeps %1</source>
        <translation>更新已取消；模块保留 %1</translation>
    </message>
    <message>
        <source>update failed (%1)</source>
        <translation>更新失败（%1）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>应对措施：%1</translation>
    </message>
    <message>
        <source>update not started: %1</source>
        <translation>更新未启动：%1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Select the module and show its log</source>
        <translation>选择该模块并显示其日志</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>更新失败</translation>
    </message>
</context>
<context>
    <name>PackageCatalog</name>
    <message>
        <source>package %1 is not in the catalog</source>
        <translation>软件包 %1 不在目录中</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was catalogued (SHA-256 %2, now %3); add it again if the new file is the one you want</source>
        <translation>%1 在编入目录后已在磁盘上被修改（SHA-256 原为 %2，现为 %3）；如果新文件正是您要的，请重新添加</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 does not match its manifest (size, SHA-256 or MD5 differ): the file or the manifest is wrong</source>
        <translation>%1 与其清单不符（大小、SHA-256 或 MD5 不同）：文件或清单有误</translation>
    </message>
    <message>
        <source>the catalog could not be saved</source>
        <translation>无法保存目录</translation>
    </message>
</context>
<context>
    <name>PackageFileDialog</name>
    <message>
        <source>Add a firmware package</source>
        <translation>添加固件软件包</translation>
    </message>
    <message>
        <source>e.g. HL7800; empty: any model of the family</source>
        <translation>例如 HL7800；留空：该系列的任意型号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The manifest %1 describes this package. Leave the fields empty to use it; what you enter here wins.</source>
        <translation>清单 %1 描述了此软件包。字段留空即使用清单内容；在此输入的内容优先。</translation>
    </message>
    <message>
        <source>The file name says %1 → %2: labels, not firmware versions a module reports, so they are not checked against the module.</source>
        <translation>文件名标示为 %1 → %2：这些是标签，而非模块报告的固件版本，因此不会与模块对照检查。</translation>
    </message>
    <message>
        <source>The file says nothing about itself (no manifest %1, no versions in its name).</source>
        <translation>该文件未提供自身信息（没有清单 %1，文件名中也没有版本）。</translation>
    </message>
    <message>
        <source>Every field may stay empty: the family and model are then the target module&apos;s, and the base version is checked by the module only. With no “To” version any new firmware after the reboot counts as success.</source>
        <translation>所有字段都可以留空：此时系列和型号取目标模块的值，基础版本仅由模块检查。未填写“目标版本”时，重启后出现任何新固件都视为成功。</translation>
    </message>
    <message>
        <source>Not given: the target module&apos;s</source>
        <translation>未指定：取目标模块的值</translation>
    </message>
    <message>
        <source>the firmware the delta applies to; empty: not checked</source>
        <translation>差分包所适用的固件；留空：不检查</translation>
    </message>
    <message>
        <source>the firmware after the update; empty: any new one</source>
        <translation>更新后的固件；留空：任意新固件</translation>
    </message>
    <message>
        <source>The selected module&apos;s firmware now. Clear it if the package is for another base; the module checks the package either way.</source>
        <translation>所选模块的当前固件。如果软件包针对其他基础版本，请清空此项；无论如何模块都会检查软件包。</translation>
    </message>
</context>
<context>
    <name>PackageHasher</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>PackageMetadataReader</name>
    <message>
        <source>the manifest %1 cannot be read: %2</source>
        <translation>无法读取清单 %1：%2</translation>
    </message>
    <message>
        <source>the manifest %1 is not a JSON object (%2 at byte %3); fix or remove it</source>
        <translation>清单 %1 不是 JSON 对象（第 %3 字节处 %2）；请修正或删除</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他 JSON 值</translation>
    </message>
    <message>
        <source>the manifest %1 has a field that is not text (family, model, from, to, sha256 and md5 are strings)</source>
        <translation>清单 %1 中有字段不是文本（family、model、from、to、sha256 和 md5 都是字符串）</translation>
    </message>
    <message>
        <source>the manifest %1 names an unknown family &quot;%2&quot; (telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx)</source>
        <translation>清单 %1 指定了未知系列“%2”（应为 telit-pfm、cinterion、simcom-sim7020 或 sierra-hl78xx）</translation>
    </message>
    <message>
        <source>the manifest %1 gives a size that is not a positive whole number</source>
        <translation>清单 %1 给出的大小不是正整数</translation>
    </message>
    <message>
        <source>the manifest %1 has a sha256 or md5 that is not a hex digest</source>
        <translation>清单 %1 中的 sha256 或 md5 不是十六进制摘要</translation>
    </message>
    <message>
        <source>the name %1 does not say which versions it updates</source>
        <translation>名称 %1 未说明其更新哪些版本</translation>
    </message>
    <message>
        <source>%1 has no manifest %2, and this station requires one for every package (--require-manifest, or Settings &gt; Package server and data)</source>
        <translation>%1 没有清单 %2，而本工作站要求每个软件包都有清单（--require-manifest，或“设置 &gt; 软件包服务器和数据”）</translation>
    </message>
</context>
<context>
    <name>PackageModel</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
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
        <translation>未检查</translation>
    </message>
    <message>
        <source>%1 (file name label)</source>
        <translation>%1（文件名标签）</translation>
    </message>
    <message>
        <source>any new firmware</source>
        <translation>任意新固件</translation>
    </message>
    <message>
        <source>Not given: the package goes to the modules chosen below, whatever they are; the module checks it</source>
        <translation>未指定：软件包将发送到下方选择的模块，不论其型号；由模块进行检查</translation>
    </message>
    <message>
        <source>The base version is not checked: the package does not say it (a file name&apos;s label is no firmware version). The module checks the package itself.</source>
        <translation>不检查基础版本：软件包未说明基础版本（文件名中的标签不是固件版本）。模块会自行检查软件包。</translation>
    </message>
    <message>
        <source>Any new firmware after the reboot counts as success.</source>
        <translation>重启后出现任何新固件都视为成功。</translation>
    </message>
</context>
<context>
    <name>PackageServer</name>
    <message>
        <source>The package server is already listening on %1.</source>
        <translation>软件包服务器已在 %1 上监听。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3. Choose another address or port.</source>
        <translation>无法在 %1 端口 %2 上监听：%3。请选择其他地址或端口。</translation>
    </message>
</context>
<context>
    <name>PfmServer</name>
    <message>
        <source>An SMS number has %1 to %2 digits, e.g. +15550100.</source>
        <translation>短信号码为 %1 到 %2 位数字，例如 +15550100。</translation>
    </message>
    <message>
        <source>Write an IPv6 server as [address]:port, e.g. [2001:db8::7]:5000.</source>
        <translation>IPv6 服务器请写成 [地址]:端口，例如 [2001:db8::7]:5000。</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address.</source>
        <translation>%1 不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>Add the server&apos;s port after a colon, e.g. %1:5000.</source>
        <translation>请在冒号后添加服务器端口，例如 %1:5000。</translation>
    </message>
    <message>
        <source>Enter the PFM server&apos;s SMS number (e.g. +15550100) or its address and port (e.g. 203.0.113.7:5000).</source>
        <translation>请输入 PFM 服务器的短信号码（例如 +15550100）或其地址和端口（例如 203.0.113.7:5000）。</translation>
    </message>
    <message>
        <source>The server&apos;s address is missing before the port.</source>
        <translation>端口前缺少服务器地址。</translation>
    </message>
    <message>
        <source>%1 is neither an IP address nor a host name.</source>
        <translation>%1 既不是 IP 地址也不是主机名。</translation>
    </message>
    <message>
        <source>The port after the colon is a number from 1 to 65535.</source>
        <translation>冒号后的端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Empty: the module uses the PFM server it registered with before. A module never registered waits for an offer that cannot come.</source>
        <translation>留空：模块使用之前注册过的 PFM 服务器。从未注册过的模块会一直等待，但不会收到任何升级。</translation>
    </message>
    <message>
        <source>The module registers by SMS with %1.</source>
        <translation>模块将通过短信向 %1 注册。</translation>
    </message>
    <message>
        <source>The module registers over IP with %1, port %2, through the APN.</source>
        <translation>模块将通过 APN 经 IP 向 %1（端口 %2）注册。</translation>
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
        <translation>等待稳定</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>探测中</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>other interface of a module</source>
        <translation>模块的其他接口</translation>
    </message>
    <message>
        <source>not a module</source>
        <translation>不是模块</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>被占用</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已消失</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <source>ports takes no arguments; to look at one port use &apos;fotadesk-cli identify &lt;port&gt;&apos;</source>
        <translation>ports 不接受参数；要查看单个端口，请使用 &apos;fotadesk-cli identify &lt;port&gt;&apos;</translation>
    </message>
    <message>
        <source>No serial ports found. Pseudo-terminals and other paths are not listed by the system: add --scan GLOB (e.g. --scan &apos;/tmp/modems/*&apos;).</source>
        <translation>未找到串口。系统不会列出伪终端和其他路径：请添加 --scan GLOB（例如 --scan &apos;/tmp/modems/*&apos;）。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>FIRMWARE</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>BAUD</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>PortsDialog</name>
    <message>
        <source>Serial ports</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>A module that is plugged in but not in the fleet table is on one of these ports; its status says why and what to do.</source>
        <translation>已插入但未出现在模块表中的模块位于以下某个端口上；其状态会说明原因及应对措施。</translation>
    </message>
</context>
<context>
    <name>PortsModel</name>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>USB id</source>
        <translation>USB ID</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>the module is not connected</source>
        <translation>模块未连接</translation>
    </message>
    <message>
        <source>another job (%1) is updating this module</source>
        <translation>另一个任务（%1）正在更新此模块</translation>
    </message>
    <message>
        <source>the package file %1 cannot be read</source>
        <translation>无法读取软件包文件 %1</translation>
    </message>
    <message>
        <source>the package %1 changed on disk since it was catalogued (SHA-256 %2..., now %3...)</source>
        <translation>软件包 %1 在编入目录后已在磁盘上被修改（SHA-256 原为 %2...，现为 %3...）</translation>
    </message>
    <message>
        <source>the module went away</source>
        <translation>模块已消失</translation>
    </message>
    <message>
        <source>the module went away during the checks</source>
        <translation>检查期间模块消失</translation>
    </message>
    <message>
        <source>the SIM refused the PIN (%1); FotaDesk does not try again, the SIM locks after three wrong PINs</source>
        <translation>SIM 卡拒绝了 PIN（%1）；FotaDesk 不会重试，输错三次 PIN 后 SIM 卡将锁定</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN and none was given; the module needs it again after the update</source>
        <translation>SIM 卡要求输入 PIN，但未提供；更新后模块仍需要它</translation>
    </message>
    <message>
        <source>the SIM is blocked and asks for its PUK; unblock it first</source>
        <translation>SIM 卡已被锁定，需要 PUK；请先解锁</translation>
    </message>
    <message>
        <source>the module refused a fixed serial rate (%1); with autobauding its messages after the reboot are lost</source>
        <translation>模块拒绝设置固定串口速率（%1）；使用自动波特率时，重启后的消息会丢失</translation>
    </message>
    <message>
        <source>autobauding is on (AT+IPR? answers 0): the module&apos;s messages after its reboot would be lost; set a fixed rate with AT+IPR=&lt;rate&gt;</source>
        <translation>自动波特率已开启（AT+IPR? 返回 0）：模块重启后的消息会丢失；请用 AT+IPR=&lt;速率&gt; 设置固定速率</translation>
    </message>
    <message>
        <source>Check the package and the module; override the checks only if you are sure this package applies.</source>
        <translation>请检查软件包和模块；仅在确定此软件包适用时才忽略检查。</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Resolve the reason above and start the update again.</source>
        <translation>模块未做任何更改。请解决上述问题后重新开始更新。</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>no port driver for %1</source>
        <translation>没有 %1 的端口驱动</translation>
    </message>
    <message>
        <source>the port is in use by another program (%1)</source>
        <translation>端口正被其他程序使用（%1）</translation>
    </message>
    <message>
        <source>no permission to open the port (%1)</source>
        <translation>没有打开端口的权限（%1）</translation>
    </message>
    <message>
        <source>the port does not exist (any more)</source>
        <translation>端口不存在（或已不存在）</translation>
    </message>
    <message>
        <source>cannot open the port: %1</source>
        <translation>无法打开端口：%1</translation>
    </message>
    <message>
        <source>probe cancelled</source>
        <translation>探测已取消</translation>
    </message>
    <message>
        <source>answers OK to AT but no identity command</source>
        <translation>对 AT 返回 OK，但不响应任何身份查询命令</translation>
    </message>
    <message>
        <source>the port went away while it was being probed</source>
        <translation>探测期间端口消失</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Agreement request from %1</source>
        <translation>来自 %1 的确认请求</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 询问：</translation>
    </message>
    <message>
        <source>Defer %1 min</source>
        <translation>推迟 %1 分钟</translation>
    </message>
    <message>
        <source>The module asks again later</source>
        <translation>模块稍后会再次询问</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Let the request lapse; the update does not start</source>
        <translation>让请求过期；更新不会开始</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <source>Time is up: the module no longer waits for an answer</source>
        <translation>时间已到：模块不再等待回答</translation>
    </message>
    <message>
        <source>Answer within %1</source>
        <translation>请在 %1 内回答</translation>
    </message>
    <message>
        <source>Answer sent; waiting for the module…</source>
        <translation>已发送回答；等待模块…</translation>
    </message>
</context>
<context>
    <name>RateFinder</name>
    <message>
        <source>cannot write to the port: %1</source>
        <translation>无法写入端口：%1</translation>
    </message>
    <message>
        <source>answers &quot;%1&quot; to AT</source>
        <translation>对 AT 的回答是“%1”</translation>
    </message>
    <message>
        <source>prints text but never answers OK to AT (tried %1 baud)</source>
        <translation>输出文本，但从不对 AT 返回 OK（已尝试 %1 波特）</translation>
    </message>
    <message>
        <source>answers only garbage at every rate tried (%1 baud)</source>
        <translation>在所有尝试的速率下都只返回乱码（%1 波特）</translation>
    </message>
    <message>
        <source>no answer to AT at any rate tried (%1 baud)</source>
        <translation>在所有尝试的速率下都不响应 AT（%1 波特）</translation>
    </message>
</context>
<context>
    <name>RateSwitch</name>
    <message>
        <source>The module refused the serial rate %1 (%2); it stays at %3</source>
        <translation>模块拒绝了串口速率 %1（%2）；保持在 %3</translation>
    </message>
    <message>
        <source>the port does not take %1 baud</source>
        <translation>端口不支持 %1 波特</translation>
    </message>
    <message>
        <source>The module went away while its serial rate was changed</source>
        <translation>更改串口速率时模块断开了</translation>
    </message>
    <message>
        <source>the module refuses %1 baud (%2)</source>
        <translation>模块拒绝 %1 波特（%2）</translation>
    </message>
    <message>
        <source>serial rate %1 baud verified</source>
        <translation>已确认串口速率 %1 波特</translation>
    </message>
    <message>
        <source>The port could not be set to %1 baud</source>
        <translation>无法将端口设置为 %1 波特</translation>
    </message>
    <message>
        <source>no clean answer at %1 baud; back to %2</source>
        <translation>在 %1 波特下没有正确应答；退回 %2</translation>
    </message>
    <message>
        <source>The module answers neither at %1 nor at %2 baud</source>
        <translation>模块在 %1 和 %2 波特下都不应答</translation>
    </message>
    <message>
        <source>The module did not answer cleanly at %1 baud; it stays at %2 baud</source>
        <translation>模块在 %1 波特下未正确应答；保持在 %2 波特</translation>
    </message>
    <message>
        <source>The module did not answer cleanly at %1 baud; the transfer runs at %2 baud</source>
        <translation>模块在 %1 波特下未正确应答；传输以 %2 波特进行</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>The recording to write.</source>
        <translation>要写入的录制文件。</translation>
    </message>
    <message>
        <source>The module&apos;s port.</source>
        <translation>模块的端口。</translation>
    </message>
    <message>
        <source>identify (the default), at or update, and its own arguments (see its --help).</source>
        <translation>identify（默认）、at 或 update，以及该子命令自己的参数（参见其 --help）。</translation>
    </message>
    <message>
        <source>record needs a port; e.g. fotadesk-cli record ttyUSB2 -o module.rec update --package fw.bin</source>
        <translation>record 需要一个端口；例如 fotadesk-cli record ttyUSB2 -o module.rec update --package fw.bin</translation>
    </message>
    <message>
        <source>record needs -o FILE, where the recording goes</source>
        <translation>record 需要 -o FILE，即录制文件的保存位置</translation>
    </message>
    <message>
        <source>record keeps identify, at or update, not &quot;%1&quot;</source>
        <translation>record 只能录制 identify、at 或 update，不能录制“%1”</translation>
    </message>
    <message>
        <source>the recording %1 cannot be written: %2</source>
        <translation>无法写入录制文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded in %1</source>
        <translation>
            <numerusform>已在 %1 中录制 %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreReport</name>
    <message>
        <source>setting not as before the update: %1</source>
        <translation>设置与更新前不同：%1</translation>
    </message>
    <message>
        <source>writing a setting back failed: %1</source>
        <translation>写回设置失败：%1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Package files to serve.</source>
        <translation>要提供的软件包文件。</translation>
    </message>
    <message>
        <source>serve needs at least one package file</source>
        <translation>serve 需要至少一个软件包文件</translation>
    </message>
    <message>
        <source>%1 cannot be read; check the path and its permissions</source>
        <translation>无法读取 %1；请检查路径及其权限</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n package(s) on %1; press Ctrl+C to stop.</source>
        <translation>
            <numerusform>正在 %1 上提供 %n 个软件包；按 Ctrl+C 停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n byte(s)</source>
        <translation>
            <numerusform> %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source> (the peer left before the end)</source>
        <translation>（对端在传输结束前已断开）</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Address and port FotaDesk&apos;s package server listens on (default 127.0.0.1, any free port). Use 0.0.0.0:PORT so a module on its mobile network can reach it.</source>
        <translation>FotaDesk 软件包服务器监听的地址和端口（默认 127.0.0.1，任意空闲端口）。使用 0.0.0.0:PORT，以便移动网络中的模块能够访问。</translation>
    </message>
    <message>
        <source>Host name or address put in the package URLs the modules are given (e.g. the router&apos;s public address that forwards to --bind).</source>
        <translation>写入提供给模块的软件包 URL 中的主机名或地址（例如转发到 --bind 的路由器公网地址）。</translation>
    </message>
    <message>
        <source>--bind %1 is not ADDR:PORT (e.g. 0.0.0.0:8080)</source>
        <translation>--bind %1 不是 ADDR:PORT 格式（例如 0.0.0.0:8080）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3; choose another port with --bind</source>
        <translation>无法在 %1:%2 上监听：%3；请用 --bind 选择其他端口</translation>
    </message>
</context>
<context>
    <name>SessionRecording</name>
    <message>
        <source>a time and an event expected</source>
        <translation>应为时间和事件</translation>
    </message>
    <message>
        <source>the time is not a number of milliseconds</source>
        <translation>时间不是毫秒数</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>a positive number expected after &quot;%1&quot;</source>
        <translation>“%1”之后应为正数</translation>
    </message>
    <message>
        <source>bytes expected after &quot;%1&quot; (escapes: \r \n \t \\ \xHH)</source>
        <translation>“%1”之后应为字节（转义序列：\r \n \t \\ \xHH）</translation>
    </message>
    <message>
        <source>nothing expected after &quot;%1&quot;</source>
        <translation>“%1”之后不应再有内容</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a FotaDesk recording (its first line is not &quot;%2&quot;)</source>
        <translation>%1 不是 FotaDesk 录制文件（其第一行不是“%2”）</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, line %2: the time goes backwards</source>
        <translation>%1，第 %2 行：时间倒退</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Ask, with the deadline shown</source>
        <translation>询问，并显示截止时间</translation>
    </message>
    <message>
        <source>Accept at once</source>
        <translation>立即接受</translation>
    </message>
    <message>
        <source>Let the request lapse</source>
        <translation>让请求过期</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>One path or pattern a line, e.g. /tmp/modems/*</source>
        <translation>每行一个路径或通配模式，例如 /tmp/modems/*</translation>
    </message>
    <message>
        <source>115200, 921600, 460800</source>
        <translation>115200, 921600, 460800</translation>
    </message>
    <message>
        <source>each family&apos;s documented default</source>
        <translation>各系列文档规定的默认值</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Also watch</source>
        <translation>另外监视</translation>
    </message>
    <message>
        <source>Baud rates to try</source>
        <translation>尝试的波特率</translation>
    </message>
    <message>
        <source>Probe answer timeout</source>
        <translation>探测应答超时</translation>
    </message>
    <message>
        <source>Wait for a module after its reboot</source>
        <translation>模块重启后的等待时间</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Telit upgrade requests (60 s)</source>
        <translation>Telit 升级请求（60 秒）</translation>
    </message>
    <message>
        <source>HL78xx download/install agreements</source>
        <translation>HL78xx 下载/安装确认</translation>
    </message>
    <message>
        <source>Defer HL78xx agreements by</source>
        <translation>HL78xx 确认推迟时长</translation>
    </message>
    <message>
        <source>Install watchdog</source>
        <translation>安装超时</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Package server and data</source>
        <translation>软件包服务器和数据</translation>
    </message>
    <message>
        <source>Package server address</source>
        <translation>软件包服务器地址</translation>
    </message>
    <message>
        <source>Package server port</source>
        <translation>软件包服务器端口</translation>
    </message>
    <message>
        <source>Data folder (history, transcripts)</source>
        <translation>数据文件夹（历史、通信记录）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when FotaDesk is started again.</source>
        <translation>语言将在 FotaDesk 重新启动后更改。</translation>
    </message>
    <message>
        <source>Baud rates: one or more numbers between 300 and 4000000, separated by commas.</source>
        <translation>波特率：一个或多个 300 到 4000000 之间的数字，用逗号分隔。</translation>
    </message>
    <message>
        <source>Package server address: an IP address, e.g. 0.0.0.0 for every interface or 127.0.0.1.</source>
        <translation>软件包服务器地址：一个 IP 地址，例如 0.0.0.0 表示所有接口，或 127.0.0.1。</translation>
    </message>
    <message>
        <source>Empty: the address above, or for 0.0.0.0 this computer&apos;s first network address</source>
        <translation>留空：使用上方的地址；若为 0.0.0.0，则使用本计算机的第一个网络地址</translation>
    </message>
    <message>
        <source>The host name or address modules are told to download from: one they can reach from their mobile network (a public name behind NAT, a VPN address).</source>
        <translation>告知模块从中下载的主机名或地址：必须是模块能从其移动网络访问的地址（NAT 后的公网名称、VPN 地址）。</translation>
    </message>
    <message>
        <source>Require a manifest for every package</source>
        <translation>要求每个软件包都有清单</translation>
    </message>
    <message>
        <source>A factory&apos;s strictness: a file without its &lt;file&gt;.json manifest is refused, so family, model and versions are always checked. Off: vendor files are used as shipped and the module checks them itself.</source>
        <translation>工厂级严格要求：缺少 &lt;file&gt;.json 清单的文件将被拒绝，从而始终检查系列、型号和版本。关闭时：按厂商原样使用文件，由模块自行检查。</translation>
    </message>
    <message>
        <source>Modules download from host</source>
        <translation>模块下载主机</translation>
    </message>
    <message>
        <source>Modules download from host: a host name or an IP address only, e.g. fota.example.com or 203.0.113.7 (no http://, no port: the port is set above).</source>
        <translation>模块下载主机：仅限主机名或 IP 地址，例如 fota.example.com 或 203.0.113.7（不含 http://，不含端口：端口在上方设置）。</translation>
    </message>
    <message>
        <source>Keep ModemManager off a module while it updates</source>
        <translation>更新期间让 ModemManager 远离模块</translation>
    </message>
    <message>
        <source>Linux: ModemManager is asked over D-Bus to let go of the module&apos;s device for the length of its job, as fwupd does, and takes it back afterwards (also if FotaDesk stops). Off: ModemManager is left alone; the udev rule packaging/70-fotadesk-modems.rules keeps it away for good.</source>
        <translation>Linux：通过 D-Bus 请求 ModemManager 在任务期间释放模块的设备（与 fwupd 的做法相同），任务结束后再交还给它（FotaDesk 停止时亦然）。关闭时：不干预 ModemManager；udev 规则 packaging/70-fotadesk-modems.rules 会使其永久远离模块。</translation>
    </message>
    <message>
        <source>Off (keep the module&apos;s rate)</source>
        <translation>关闭（保持模块的速率）</translation>
    </message>
    <message>
        <source>Local transfers (XMODEM on Sierra HL78xx, AT+CFLW on SIMCom SIM7020) switch the serial line up to this rate, as far as the module and the port take it, and back to the module&apos;s own rate afterwards. USB-serial adapters have their own limits: many garble or drop data above 115200 or 460800 baud even where they accept the rate. If transfers fail after the switch, choose a lower rate or Off.</source>
        <translation>本地传输（Sierra HL78xx 上的 XMODEM、SIMCom SIM7020 上的 AT+CFLW）会在模块和端口支持的范围内把串口线路提升到此速率，传输结束后再切回模块自身的速率。USB 转串口适配器有各自的限制：许多适配器即使接受该速率，在高于 115200 或 460800 波特时也会出现数据错乱或丢失。如果切换后传输失败，请选择较低的速率或“关闭”。</translation>
    </message>
    <message>
        <source>Fastest transfer rate</source>
        <translation>最高传输速率</translation>
    </message>
    <message>
        <source>Fastest transfer rate: Off, or a number between 300 and 4000000.</source>
        <translation>最高传输速率：“关闭”，或 300 到 4000000 之间的数字。</translation>
    </message>
</context>
<context>
    <name>SettingsProfile</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;</source>
        <translation>未知系列“%1”</translation>
    </message>
    <message>
        <source>an item needs a name, a read command and a prefix</source>
        <translation>每一项都需要名称、读取命令和前缀</translation>
    </message>
    <message>
        <source>no settings profile for %1</source>
        <translation>没有 %1 的设置配置文件</translation>
    </message>
</context>
<context>
    <name>SettingsRestorer</name>
    <message>
        <source>%1 cannot be written back by FotaDesk</source>
        <translation>FotaDesk 无法写回 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 的回答是 %2</translation>
    </message>
    <message>
        <source>%1: its password was not kept with the job (secrets never are), so it could not be written back after the interruption: enter it again</source>
        <translation>%1：其密码未随任务保存（机密信息从不保存），因此中断后无法写回：请重新输入</translation>
    </message>
</context>
<context>
    <name>SettingsSnapshot</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 before the update, %3 now</source>
        <translation>%1：更新前为 %2，现在为 %3</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 的回答是 %2</translation>
    </message>
    <message>
        <source>%1 did not report it</source>
        <translation>%1 未报告</translation>
    </message>
</context>
<context>
    <name>SierraAgreements</name>
    <message>
        <source>The module asks to connect to AirVantage. Connect now or defer? The request cannot be refused; unanswered, it comes back.</source>
        <translation>模块请求连接 AirVantage。立即连接还是推迟？此请求无法拒绝；若不回答，它会再次出现。</translation>
    </message>
    <message>
        <source>AirVantage offers a firmware package. Download it now or defer? The request cannot be refused; unanswered, it comes back.</source>
        <translation>AirVantage 提供了一个固件软件包。立即下载还是推迟？此请求无法拒绝；若不回答，它会再次出现。</translation>
    </message>
    <message>
        <source>The new firmware is ready to install. Install now or defer? The module restarts and must not lose power while it installs.</source>
        <translation>新固件已准备好安装。立即安装还是推迟？模块将重启，安装期间不得断电。</translation>
    </message>
</context>
<context>
    <name>SierraDriver</name>
    <message>
        <source>%1 is reserved for the running HL78xx update (it would answer or stop its AirVantage operation)</source>
        <translation>%1 已保留给正在运行的 HL78xx 更新（否则它会应答或中止 AirVantage 操作）</translation>
    </message>
</context>
<context>
    <name>SierraErrors</name>
    <message>
        <source>AirVantage refused the module&apos;s authentication</source>
        <translation>AirVantage 拒绝了模块的身份验证</translation>
    </message>
    <message>
        <source>Check that the module (its IMEI) is registered on AirVantage and that its bootstrap credentials are present, then start again.</source>
        <translation>检查模块（其 IMEI）是否已在 AirVantage 上注册，以及其引导凭据是否存在，然后再次开始。</translation>
    </message>
    <message>
        <source>AirVantage denied the connection</source>
        <translation>AirVantage 拒绝了连接</translation>
    </message>
    <message>
        <source>Check the module&apos;s subscription and state on AirVantage, then start again.</source>
        <translation>检查模块在 AirVantage 上的订阅和状态，然后再次开始。</translation>
    </message>
    <message>
        <source>The module found the package&apos;s signature invalid and will not install it</source>
        <translation>模块认为软件包的签名无效，不会安装它</translation>
    </message>
    <message>
        <source>The package is damaged or not signed for this module. Get the package again from Sierra Wireless (a .dwl/.ua file for this model) and start again.</source>
        <translation>软件包已损坏或未针对此模块签名。请从 Sierra Wireless 重新获取软件包（此型号的 .dwl/.ua 文件），然后再次开始。</translation>
    </message>
    <message>
        <source>The module reports that the firmware update failed</source>
        <translation>模块报告固件更新失败</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. The usual cause is a delta package made for another firmware version: check the package&apos;s base version against the module&apos;s (AT+CGMR).</source>
        <translation>模块保留当前固件。常见原因是差分包针对的是其他固件版本：请将软件包的基础版本与模块的版本（AT+CGMR）对照检查。</translation>
    </message>
    <message>
        <source>The module has no room for the package</source>
        <translation>模块没有足够空间容纳软件包</translation>
    </message>
    <message>
        <source>Use a delta package instead of a full image, or free the module&apos;s FOTA partition, then start again.</source>
        <translation>请使用差分包而非完整镜像，或清空模块的 FOTA 分区，然后再次开始。</translation>
    </message>
    <message>
        <source>The module&apos;s HTTP(S) download of the package failed</source>
        <translation>模块通过 HTTP(S) 下载软件包失败</translation>
    </message>
    <message>
        <source>Check the coverage and the APN, then start again: the download resumes where it stopped.</source>
        <translation>检查信号覆盖和 APN，然后再次开始：下载将从中断处继续。</translation>
    </message>
    <message>
        <source>The module received a corrupted package</source>
        <translation>模块收到的软件包已损坏</translation>
    </message>
    <message>
        <source>Start again; if it happens again, replace the package on AirVantage.</source>
        <translation>请再次开始；如果再次发生，请替换 AirVantage 上的软件包。</translation>
    </message>
    <message>
        <source>The module ran out of RAM during the download</source>
        <translation>下载期间模块内存不足</translation>
    </message>
    <message>
        <source>Restart the module, then start again: the download resumes after the reboot.</source>
        <translation>重启模块，然后再次开始：重启后下载将继续。</translation>
    </message>
    <message>
        <source>The download was interrupted</source>
        <translation>下载被中断</translation>
    </message>
    <message>
        <source>Start again: the download resumes where it stopped.</source>
        <translation>请再次开始：下载将从中断处继续。</translation>
    </message>
    <message>
        <source>The module could not write the package to its flash</source>
        <translation>模块无法将软件包写入闪存</translation>
    </message>
    <message>
        <source>Restart the module and start again; if it happens again, the module needs service.</source>
        <translation>重启模块后再次开始；如果再次发生，模块需要送修。</translation>
    </message>
    <message>
        <source>The module reports a download problem</source>
        <translation>模块报告下载出现问题</translation>
    </message>
    <message>
        <source>Check the coverage and the APN, then start again.</source>
        <translation>检查信号覆盖和 APN，然后再次开始。</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>%1 期间端口消失</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>重新连接模块后再次开始；其固件未改变。</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>模块未响应 %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>检查线缆和串口速率，然后再次开始。</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>模块拒绝了 %1（%2）</translation>
    </message>
    <message>
        <source>Check that the module&apos;s firmware has the device services (AirVantage, AT+WDSI) and is not busy with another operation.</source>
        <translation>检查模块固件是否具备设备服务（AirVantage、AT+WDSI），且未忙于其他操作。</translation>
    </message>
    <message>
        <source>The module has no APN for its device services, or an agreement is pending (%1)</source>
        <translation>模块的设备服务没有 APN，或有待处理的确认请求（%1）</translation>
    </message>
    <message>
        <source>Give the APN of the SIM&apos;s operator (AT+CGDCONT and AT+WDSS=2,&lt;cid&gt;), or answer the module&apos;s pending request, then start again.</source>
        <translation>提供 SIM 卡运营商的 APN（AT+CGDCONT 和 AT+WDSS=2,&lt;cid&gt;），或回答模块待处理的请求，然后再次开始。</translation>
    </message>
    <message>
        <source>The module rejects the APN (%1)</source>
        <translation>模块拒绝了 APN（%1）</translation>
    </message>
    <message>
        <source>Check the APN with the SIM&apos;s operator, then start again.</source>
        <translation>向 SIM 卡运营商核实 APN，然后再次开始。</translation>
    </message>
    <message>
        <source>The module could not activate its data connection (%1)</source>
        <translation>模块无法激活其数据连接（%1）</translation>
    </message>
    <message>
        <source>Check the coverage, the SIM&apos;s data service and the APN, then start again.</source>
        <translation>检查信号覆盖、SIM 卡的数据业务和 APN，然后再次开始。</translation>
    </message>
    <message>
        <source>Check that no other update is pending on the module, then start again.</source>
        <translation>确认模块上没有其他待处理的更新，然后再次开始。</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Reconnect it and start again.</source>
        <translation>模块保留当前固件。请重新连接后再次开始。</translation>
    </message>
    <message>
        <source>The module stopped the transfer; check that the package fits it (.dwl/.ua for this model), then start again.</source>
        <translation>模块停止了传输；请检查软件包是否适用于此模块（此型号的 .dwl/.ua），然后再次开始。</translation>
    </message>
    <message>
        <source>The module keeps its current firmware; start again when the link is steady.</source>
        <translation>模块保留当前固件；请在连接稳定后再次开始。</translation>
    </message>
</context>
<context>
    <name>SierraFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>没有可更新的模块会话</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>重启后 SIM 卡未接受其 PIN</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version.</source>
        <translation>新固件可能已安装。请输入正确的 PIN（输错三次 SIM 卡将锁定），然后读取固件版本。</translation>
    </message>
    <message>
        <source>Switching on the module&apos;s +WDSI indications</source>
        <translation>正在开启模块的 +WDSI 指示</translation>
    </message>
    <message>
        <source>Install accepted; the module checks the package and starts installing</source>
        <translation>已接受安装；模块正在检查软件包并开始安装</translation>
    </message>
    <message>
        <source>Unrecognised +WDSI indication</source>
        <translation>无法识别的 +WDSI 指示</translation>
    </message>
    <message>
        <source>The module asks again to install</source>
        <translation>模块再次请求安装</translation>
    </message>
    <message>
        <source>Device services report %1</source>
        <translation>设备服务报告 %1</translation>
    </message>
    <message>
        <source>The module verified the package&apos;s signature</source>
        <translation>模块已验证软件包的签名</translation>
    </message>
    <message>
        <source>The module verified the package&apos;s signature; waiting for the install request</source>
        <translation>模块已验证软件包的签名；等待安装请求</translation>
    </message>
    <message>
        <source>The module installs the new firmware; it does not answer commands now. Never power it off.</source>
        <translation>模块正在安装新固件；此时不响应命令。切勿断电。</translation>
    </message>
    <message>
        <source>The module reports a successful update</source>
        <translation>模块报告更新成功</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>模块正以新固件重启；等待其恢复</translation>
    </message>
    <message>
        <source>Found again on %1; waiting for the update result</source>
        <translation>在 %1 上重新找到；等待更新结果</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>正在读取模块当前运行的固件版本</translation>
    </message>
    <message>
        <source>The module does not answer; it may still be installing. Never power it off.</source>
        <translation>模块无响应；可能仍在安装。切勿断电。</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read</source>
        <translation>无法读取模块的固件版本</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>在确认更新成功之前，请用 AT+CGMR 读取。</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>模块运行 %1，预期为 %2</translation>
    </message>
    <message>
        <source>The package may hold another version than its name says; check it before trying again.</source>
        <translation>软件包中的版本可能与其名称所示不同；再次尝试前请检查。</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>模块仍运行 %1</translation>
    </message>
    <message>
        <source>The update did not take; check the package&apos;s base version against the module&apos;s.</source>
        <translation>更新未生效；请将软件包的基础版本与模块的版本对照检查。</translation>
    </message>
    <message>
        <source>cancel refused: the module installs the new firmware on its own now; never power it off</source>
        <translation>拒绝取消：模块正在自行安装新固件；切勿断电</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>已取消；模块保留当前固件</translation>
    </message>
    <message>
        <source>The port went away before the install</source>
        <translation>安装前端口消失</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>重新连接模块后再次开始；其固件未改变。</translation>
    </message>
    <message>
        <source>no +WDSI: 16 after the restart; reading the firmware version directly</source>
        <translation>重启后没有 +WDSI: 16；直接读取固件版本</translation>
    </message>
    <message>
        <source>The install did not end within %1 min</source>
        <translation>安装未在 %1 分钟内结束</translation>
    </message>
    <message>
        <source>Do not power the module off. Wait until it answers again, then read its firmware version (AT+CGMR) before anything else.</source>
        <translation>请勿给模块断电。等待其重新响应，然后首先读取其固件版本（AT+CGMR），再进行其他操作。</translation>
    </message>
    <message>
        <source>The module did not come back after its restart</source>
        <translation>模块重启后未恢复</translation>
    </message>
    <message>
        <source>Check the cable and the module&apos;s power without switching it off; once it is found again, read its firmware version (AT+CGMR).</source>
        <translation>在不关闭模块的前提下检查线缆和模块电源；重新找到模块后，读取其固件版本（AT+CGMR）。</translation>
    </message>
    <message>
        <source>The module did not start the install</source>
        <translation>模块未开始安装</translation>
    </message>
    <message>
        <source>Read the firmware version (AT+CGMR) and the +WDSI indications in the log, then start again.</source>
        <translation>读取固件版本（AT+CGMR）并查看日志中的 +WDSI 指示，然后再次开始。</translation>
    </message>
</context>
<context>
    <name>SierraOtaFlow</name>
    <message>
        <source>the request was left unanswered; the module asks again later</source>
        <translation>请求未获回答；模块稍后会再次请求</translation>
    </message>
    <message>
        <source>Setting the data connection of the device services</source>
        <translation>正在设置设备服务的数据连接</translation>
    </message>
    <message>
        <source>Switching on the download and install agreements</source>
        <translation>正在开启下载和安装确认请求</translation>
    </message>
    <message>
        <source>Opening a device-management session with AirVantage</source>
        <translation>正在与 AirVantage 建立设备管理会话</translation>
    </message>
    <message>
        <source>AT+WDSS=1,1 refused; trying AT+WDS=1,1</source>
        <translation>AT+WDSS=1,1 被拒绝；改用 AT+WDS=1,1</translation>
    </message>
    <message>
        <source>Authenticating with AirVantage</source>
        <translation>正在向 AirVantage 进行身份验证</translation>
    </message>
    <message>
        <source>AirVantage session activity</source>
        <translation>AirVantage 会话活动</translation>
    </message>
    <message>
        <source>Connected to AirVantage; waiting for it to offer a package</source>
        <translation>已连接 AirVantage；等待其提供软件包</translation>
    </message>
    <message>
        <source>Authenticated with AirVantage</source>
        <translation>已通过 AirVantage 身份验证</translation>
    </message>
    <message>
        <source>AirVantage closed the session without offering a package</source>
        <translation>AirVantage 关闭了会话，未提供软件包</translation>
    </message>
    <message>
        <source>Check that a firmware update operation for this module is scheduled on AirVantage, then start again.</source>
        <translation>检查 AirVantage 上是否已为此模块安排固件更新操作，然后再次开始。</translation>
    </message>
    <message>
        <source>The AirVantage session closed</source>
        <translation>AirVantage 会话已关闭</translation>
    </message>
    <message>
        <source>AirVantage offers a package</source>
        <translation>AirVantage 提供了软件包</translation>
    </message>
    <message>
        <source>AirVantage offers a package (%1 bytes to download)</source>
        <translation>AirVantage 提供了软件包（需下载 %1 字节）</translation>
    </message>
    <message>
        <source>Package downloaded and stored; the module checks it</source>
        <translation>软件包已下载并保存；模块正在检查</translation>
    </message>
    <message>
        <source>The module downloads the package</source>
        <translation>模块正在下载软件包</translation>
    </message>
    <message>
        <source>Waiting for your answer to the module&apos;s request</source>
        <translation>等待您回答模块的请求</translation>
    </message>
    <message>
        <source>Connecting to AirVantage</source>
        <translation>正在连接 AirVantage</translation>
    </message>
    <message numerus="yes">
        <source>Deferred by %n minute(s); the module asks again then</source>
        <translation>
            <numerusform>已推迟 %n 分钟；届时模块会再次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Left unanswered; the module asks again later</source>
        <translation>未作回答；模块稍后会再次请求</translation>
    </message>
    <message>
        <source>Cancelled; the AirVantage session is closed and the module keeps its current firmware (a started download resumes next time)</source>
        <translation>已取消；AirVantage 会话已关闭，模块保留当前固件（已开始的下载将在下次继续）</translation>
    </message>
    <message>
        <source>The port went away during the download; waiting for the module to resume it</source>
        <translation>下载期间端口消失；等待模块继续下载</translation>
    </message>
    <message>
        <source>Found again on %1; waiting for the module to offer the rest of the package</source>
        <translation>在 %1 上重新找到；等待模块请求下载软件包的剩余部分</translation>
    </message>
    <message>
        <source>The AirVantage session did not open</source>
        <translation>AirVantage 会话未能建立</translation>
    </message>
    <message>
        <source>Check the coverage, the APN of the device services (AT+WDSS?) and that the module is registered on AirVantage, then start again.</source>
        <translation>检查信号覆盖、设备服务的 APN（AT+WDSS?），以及模块是否已在 AirVantage 上注册，然后再次开始。</translation>
    </message>
    <message>
        <source>AirVantage offered no package in time</source>
        <translation>AirVantage 未在规定时间内提供软件包</translation>
    </message>
    <message>
        <source>The download did not finish in time</source>
        <translation>下载未在规定时间内完成</translation>
    </message>
    <message>
        <source>Check the coverage, then start again: the download resumes where it stopped.</source>
        <translation>检查信号覆盖，然后再次开始：下载将从中断处继续。</translation>
    </message>
    <message>
        <source>The module did not confirm the downloaded package</source>
        <translation>模块未确认已下载的软件包</translation>
    </message>
    <message>
        <source>Read the +WDSI indications in the log, then start again.</source>
        <translation>查看日志中的 +WDSI 指示，然后再次开始。</translation>
    </message>
    <message>
        <source>The module did not ask to install the package</source>
        <translation>模块未请求安装软件包</translation>
    </message>
</context>
<context>
    <name>SierraXmodemFlow</name>
    <message>
        <source>The package file %1 cannot be read</source>
        <translation>无法读取软件包文件 %1</translation>
    </message>
    <message>
        <source>Choose the package file (.dwl/.ua for this model) again.</source>
        <translation>请重新选择软件包文件（此型号的 .dwl/.ua）。</translation>
    </message>
    <message>
        <source>The package file %1 is empty</source>
        <translation>软件包文件 %1 为空</translation>
    </message>
    <message>
        <source>Asking the module to receive %1 bytes</source>
        <translation>正在请求模块接收 %1 字节</translation>
    </message>
    <message>
        <source>Sending the package with 1K-XMODEM</source>
        <translation>正在用 1K-XMODEM 发送软件包</translation>
    </message>
    <message>
        <source>Cancelled during the transfer; the module keeps its current firmware</source>
        <translation>传输期间已取消；模块保留当前固件</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) sent again during the transfer</source>
        <translation>
            <numerusform>传输期间重发了 %n 个块</numerusform>
        </translation>
    </message>
    <message>
        <source>Package sent; waiting for the module to accept it</source>
        <translation>软件包已发送；等待模块接受</translation>
    </message>
    <message>
        <source>The module asks to install another package; ignored</source>
        <translation>模块请求安装另一个软件包；已忽略</translation>
    </message>
    <message>
        <source>no +WDSI: 3 after the transfer; asking the module to install anyway</source>
        <translation>传输后没有 +WDSI: 3；仍然请求模块安装</translation>
    </message>
    <message>
        <source>AT+WDSD refused (%1); trying the application note&apos;s spelling AT+WSDS</source>
        <translation>AT+WDSD 被拒绝（%1）；改为尝试应用说明中的写法 AT+WSDS</translation>
    </message>
</context>
<context>
    <name>SimcomCflwFlow</name>
    <message>
        <source>Writing the package to the module&apos;s FOTA partition</source>
        <translation>正在将软件包写入模块的 FOTA 分区</translation>
    </message>
    <message>
        <source>Erasing the FOTA partition</source>
        <translation>正在擦除 FOTA 分区</translation>
    </message>
    <message>
        <source>Reading the partition back to compare it with the package</source>
        <translation>正在回读分区以与软件包比对</translation>
    </message>
    <message>
        <source>The module&apos;s firmware is unchanged; start the update again when the cause is fixed.</source>
        <translation>模块固件未改变；排除问题后请重新开始更新。</translation>
    </message>
    <message>
        <source>flash upload stopped; the partition holds part of the package, which nothing installs without AT+CFOTA=5</source>
        <translation>闪存上传已停止；分区中只有部分软件包，未执行 AT+CFOTA=5 时不会安装它</translation>
    </message>
    <message>
        <source>Writing the package to the FOTA partition, %1 bytes a write</source>
        <translation>正在将软件包写入 FOTA 分区，每次写入 %1 字节</translation>
    </message>
    <message>
        <source>flash upload used %1-byte AT+CFLW writes</source>
        <translation>闪存上传使用了每次 %1 字节的 AT+CFLW 写入</translation>
    </message>
    <message>
        <source>the module refused a %1-byte AT+CFLW write; trying %2 bytes</source>
        <translation>模块拒绝了 %1 字节的 AT+CFLW 写入；改为尝试 %2 字节</translation>
    </message>
    <message>
        <source>Writing the package to the FOTA partition, %1 bytes a write (the module refused %2)</source>
        <translation>正在将软件包写入 FOTA 分区，每次写入 %1 字节（模块拒绝了 %2）</translation>
    </message>
    <message>
        <source>the module did not take the bytes written at offset %1 (%2); writing them again (%3)</source>
        <translation>模块未接收在偏移 %1 处写入的字节（%2）；正在重新写入（%3）</translation>
    </message>
</context>
<context>
    <name>SimcomDriver</name>
    <message>
        <source>%1 is inhibited while a SIM7020 update runs (it would break the update)</source>
        <translation>SIM7020 更新进行期间禁止使用 %1（它会破坏更新）</translation>
    </message>
</context>
<context>
    <name>SimcomError</name>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>模块拒绝了 %1（%2）</translation>
    </message>
    <message>
        <source>The SIM is missing, locked or refused its PIN. Check the SIM and give its PIN (the SIM locks after three wrong ones), then start again.</source>
        <translation>SIM 卡缺失、已锁定或拒绝了其 PIN。请检查 SIM 卡并提供其 PIN（输错三次 SIM 卡将锁定），然后再次开始。</translation>
    </message>
    <message>
        <source>The module has no network service. Check the antenna, the coverage (AT+CSQ) and the registration (AT+CGREG?), then start again.</source>
        <translation>模块没有网络服务。请检查天线、信号覆盖（AT+CSQ）和网络注册（AT+CGREG?），然后再次开始。</translation>
    </message>
    <message>
        <source>The module&apos;s memory is full. Restart the module, then start again.</source>
        <translation>模块内存已满。请重启模块，然后再次开始。</translation>
    </message>
    <message>
        <source>Check that the firmware supports this update method, that no other update or download runs on the module, then start again.</source>
        <translation>检查固件是否支持此更新方式，以及模块上没有其他正在进行的更新或下载，然后再次开始。</translation>
    </message>
    <message>
        <source>The package does not fit the module&apos;s file system</source>
        <translation>模块的文件系统容纳不下该软件包</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>请为此模块使用差分包，而非完整镜像。</translation>
    </message>
    <message>
        <source>The connection to the package server was reset during the download</source>
        <translation>下载期间与软件包服务器的连接被重置</translation>
    </message>
    <message>
        <source>Check the coverage and that FotaDesk&apos;s package server is still running, then start again.</source>
        <translation>检查信号覆盖以及 FotaDesk 的软件包服务器是否仍在运行，然后再次开始。</translation>
    </message>
    <message>
        <source>The module could not download the package (network error %1)</source>
        <translation>模块无法下载软件包（网络错误 %1）</translation>
    </message>
    <message>
        <source>Check that the module has a data connection (AT+CGACT?, AT+CGCONTRDP) and can reach FotaDesk&apos;s package server, then start again.</source>
        <translation>检查模块是否有数据连接（AT+CGACT?、AT+CGCONTRDP）且能访问 FotaDesk 的软件包服务器，然后再次开始。</translation>
    </message>
    <message>
        <source>The package server answered HTTP %1</source>
        <translation>软件包服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>The package is not (or no longer) served at that address. Start the update again so FotaDesk serves it anew, or check the URL given.</source>
        <translation>该地址未提供（或不再提供）此软件包。请重新开始更新，让 FotaDesk 重新提供它，或检查所给的 URL。</translation>
    </message>
    <message>
        <source>The package server has a problem; check its log, then start again.</source>
        <translation>软件包服务器出现问题；请检查其日志，然后再次开始。</translation>
    </message>
    <message>
        <source>Check the URL and the server&apos;s access rules, then start again.</source>
        <translation>检查 URL 和服务器的访问规则，然后再次开始。</translation>
    </message>
</context>
<context>
    <name>SimcomFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>没有可更新的模块会话</translation>
    </message>
    <message>
        <source>Preparing the update</source>
        <translation>正在准备更新</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the restart</source>
        <translation>重启后 SIM 卡未接受其 PIN</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version with AT+CGMR.</source>
        <translation>新固件可能已安装。请输入正确的 PIN（输错三次 SIM 卡将锁定），然后用 AT+CGMR 读取固件版本。</translation>
    </message>
    <message>
        <source>Checking the serial rate: the SIM7020 reports its progress only at a fixed rate</source>
        <translation>正在检查串口速率：SIM7020 仅在固定速率下报告进度</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 already</source>
        <translation>串口速率已固定为 %1</translation>
    </message>
    <message>
        <source>The serial rate in use is not known</source>
        <translation>当前使用的串口速率未知</translation>
    </message>
    <message>
        <source>Open the port at a fixed rate and start again.</source>
        <translation>以固定速率打开端口后再次开始。</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 (it was on autobaud)</source>
        <translation>串口速率已固定为 %1（之前为自动波特率）</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>模块未响应 %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>检查线缆和串口速率，然后再次开始。</translation>
    </message>
    <message>
        <source>The port went away before the update started</source>
        <translation>更新开始前端口消失</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>重新连接模块后再次开始；其固件未改变。</translation>
    </message>
    <message>
        <source>The port went away before the install started</source>
        <translation>安装开始前端口消失</translation>
    </message>
    <message>
        <source>The module&apos;s firmware is unchanged. Reconnect it and start the update again.</source>
        <translation>模块固件未改变。请重新连接并重新开始更新。</translation>
    </message>
    <message>
        <source>cancel refused: the module downloads the package on its own now and installs it afterwards; it cannot be stopped from here</source>
        <translation>拒绝取消：模块正在自行下载软件包，随后将安装；无法从此处停止</translation>
    </message>
    <message>
        <source>cancel refused: the module checks or installs the package now; never interrupt it</source>
        <translation>拒绝取消：模块正在检查或安装软件包；切勿中断</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>已取消；模块保留当前固件</translation>
    </message>
    <message>
        <source>The module did not restart within %1 s of starting the install</source>
        <translation>开始安装后 %1 秒内模块未重启</translation>
    </message>
    <message>
        <source>It may still be installing: never power it off. Wait, then read its firmware version with AT+CGMR.</source>
        <translation>它可能仍在安装：切勿断电。请等待，然后用 AT+CGMR 读取其固件版本。</translation>
    </message>
    <message>
        <source>The module did not come back within %1 s of its restart</source>
        <translation>模块重启后 %1 秒内未恢复</translation>
    </message>
    <message>
        <source>It may still be installing: never power it off. When it is back, FotaDesk finds it again; read its firmware version with AT+CGMR.</source>
        <translation>它可能仍在安装：切勿断电。模块恢复后 FotaDesk 会重新找到它；请用 AT+CGMR 读取其固件版本。</translation>
    </message>
    <message>
        <source>no update result reported; reading the firmware version directly</source>
        <translation>未报告更新结果；直接读取固件版本</translation>
    </message>
    <message>
        <source>The module checks the package (%1 bytes, MD5 %2) before it installs it</source>
        <translation>模块在安装前检查软件包（%1 字节，MD5 %2）</translation>
    </message>
    <message>
        <source>no answer to AT+CFOTA=5; the module may be installing already</source>
        <translation>AT+CFOTA=5 无应答；模块可能已在安装</translation>
    </message>
    <message>
        <source>The module rejected the package: its size or MD5 does not match what the module holds</source>
        <translation>模块拒绝了软件包：其大小或 MD5 与模块中保存的不符</translation>
    </message>
    <message>
        <source>The package on the module is damaged or incomplete. Put it on the module again, and check that the catalog&apos;s MD5 is the package&apos;s; the firmware is unchanged.</source>
        <translation>模块上的软件包已损坏或不完整。请重新将其传到模块上，并检查目录中的 MD5 是否与软件包一致；固件未改变。</translation>
    </message>
    <message>
        <source>Installing: the module flashes the new firmware and restarts (about 10 minutes). Never power it off.</source>
        <translation>正在安装：模块正在烧写新固件并将重启（约 10 分钟）。切勿断电。</translation>
    </message>
    <message>
        <source>The module restarts to install the update; waiting for it to come back. Never power it off.</source>
        <translation>模块正在重启以安装更新；等待其恢复。切勿断电。</translation>
    </message>
    <message>
        <source>The module started again</source>
        <translation>模块已重新启动</translation>
    </message>
    <message>
        <source>The module starts the update and will restart</source>
        <translation>模块开始更新，随后将重启</translation>
    </message>
    <message>
        <source>The module reports a successful update</source>
        <translation>模块报告更新成功</translation>
    </message>
    <message>
        <source>The module reports that the update failed</source>
        <translation>模块报告更新失败</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. The package is probably a delta for another base version: check it against the firmware the module runs (AT+CGMR).</source>
        <translation>模块保留当前固件。该软件包可能是针对其他基础版本的差分包：请对照模块当前运行的固件（AT+CGMR）检查。</translation>
    </message>
    <message>
        <source>Unrecognised update report</source>
        <translation>无法识别的更新报告</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>在 %1 上重新找到</translation>
    </message>
    <message>
        <source>Waiting for the module to report the update&apos;s result; it may still be flashing. Never power it off.</source>
        <translation>等待模块报告更新结果；它可能仍在烧写。切勿断电。</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>正在读取模块当前运行的固件版本</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read (%1)</source>
        <translation>无法读取模块的固件版本（%1）</translation>
    </message>
    <message>
        <source>The module reported no result and may still be installing: never power it off. Wait, then read the version with AT+CGMR.</source>
        <translation>模块未报告结果，可能仍在安装：切勿断电。请等待，然后用 AT+CGMR 读取版本。</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>在确认更新成功之前，请用 AT+CGMR 读取。</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>模块运行 %1，预期为 %2</translation>
    </message>
    <message>
        <source>The package may not apply to this module&apos;s base firmware; check the package against the firmware the module ran before (%1).</source>
        <translation>该软件包可能不适用于此模块的基础固件；请对照模块之前运行的固件（%1）检查软件包。</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>模块仍运行 %1</translation>
    </message>
    <message>
        <source>The install did not take; check the package and the module&apos;s log.</source>
        <translation>安装未生效；请检查软件包和模块日志。</translation>
    </message>
</context>
<context>
    <name>SimcomHttpFsFlow</name>
    <message>
        <source>No valid http(s) URL for the module to download from</source>
        <translation>没有可供模块下载的有效 http(s) URL</translation>
    </message>
    <message>
        <source>Start FotaDesk&apos;s package server so it serves the package, or give the package&apos;s URL.</source>
        <translation>启动 FotaDesk 的软件包服务器以提供该软件包，或提供软件包的 URL。</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes)</source>
        <translation>软件包（%1 字节）大于模块的 FOTA 分区（%2 字节）</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>请为此模块使用差分包，而非完整镜像。</translation>
    </message>
    <message>
        <source>Creating the module&apos;s HTTP client for %1</source>
        <translation>正在为 %1 创建模块的 HTTP 客户端</translation>
    </message>
    <message>
        <source>The module could not create an HTTP client</source>
        <translation>模块无法创建 HTTP 客户端</translation>
    </message>
    <message>
        <source>All its HTTP client instances may be in use by another application: release them (AT+CHTTPDESTROY=&lt;id&gt;) or restart the module, then start again.</source>
        <translation>其所有 HTTP 客户端实例可能都被其他应用占用：请释放它们（AT+CHTTPDESTROY=&lt;id&gt;）或重启模块，然后再次开始。</translation>
    </message>
    <message>
        <source>The module&apos;s answer to AT+CHTTPCREATE names no client</source>
        <translation>模块对 AT+CHTTPCREATE 的应答中没有客户端编号</translation>
    </message>
    <message>
        <source>Check that the firmware supports AT+CHTTPCREATE, then start again.</source>
        <translation>检查固件是否支持 AT+CHTTPCREATE，然后再次开始。</translation>
    </message>
    <message>
        <source>Connecting the module to %1</source>
        <translation>正在将模块连接到 %1</translation>
    </message>
    <message>
        <source>The module could not connect to the package server at %1</source>
        <translation>模块无法连接到位于 %1 的软件包服务器</translation>
    </message>
    <message>
        <source>Check the module&apos;s data connection (AT+CGACT?, AT+CGCONTRDP) and that the server&apos;s address is reachable from the module&apos;s network: a real module cannot reach a server listening on 127.0.0.1.</source>
        <translation>检查模块的数据连接（AT+CGACT?、AT+CGCONTRDP），以及能否从模块所在网络访问服务器地址：真实模块无法访问监听在 127.0.0.1 上的服务器。</translation>
    </message>
    <message>
        <source>The module downloads the package from %1</source>
        <translation>模块正在从 %1 下载软件包</translation>
    </message>
    <message>
        <source>The module downloads the package (%1 of %2 bytes)</source>
        <translation>模块正在下载软件包（%1 / %2 字节）</translation>
    </message>
    <message>
        <source>The module downloads the package (%1 bytes)</source>
        <translation>模块正在下载软件包（%1 字节）</translation>
    </message>
    <message>
        <source>The module stored %1 of %2 bytes</source>
        <translation>模块已保存 %1 / %2 字节</translation>
    </message>
    <message>
        <source>The download was cut short. Check the coverage, then start again; the firmware is unchanged.</source>
        <translation>下载提前中断。请检查信号覆盖，然后再次开始；固件未改变。</translation>
    </message>
    <message>
        <source>The server sent %1 bytes; the package has %2</source>
        <translation>服务器发送了 %1 字节；软件包应为 %2 字节</translation>
    </message>
    <message>
        <source>The URL serves another file than the package. Check the URL, then start again; the firmware is unchanged.</source>
        <translation>该 URL 提供的文件不是此软件包。请检查 URL，然后再次开始；固件未改变。</translation>
    </message>
    <message>
        <source>The package is stored on the module (%1 bytes)</source>
        <translation>软件包已保存在模块上（%1 字节）</translation>
    </message>
    <message>
        <source>closing the HTTP client: %1</source>
        <translation>关闭 HTTP 客户端：%1</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>下载未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>Check the coverage and that FotaDesk&apos;s package server still runs, then start again; the download starts over.</source>
        <translation>检查信号覆盖以及 FotaDesk 的软件包服务器是否仍在运行，然后再次开始；下载将从头开始。</translation>
    </message>
</context>
<context>
    <name>SimcomOtaFlow</name>
    <message>
        <source>Asking the module&apos;s FOTA server for a new firmware</source>
        <translation>正在向模块的 FOTA 服务器请求新固件</translation>
    </message>
    <message>
        <source>Unrecognised update report</source>
        <translation>无法识别的更新报告</translation>
    </message>
    <message>
        <source>The module continues the download where it stopped</source>
        <translation>模块从中断处继续下载</translation>
    </message>
    <message>
        <source>The module downloads the new firmware</source>
        <translation>模块正在下载新固件</translation>
    </message>
    <message>
        <source>Download complete; the module checks the package</source>
        <translation>下载完成；模块正在检查软件包</translation>
    </message>
    <message>
        <source>The FOTA server has no update for this module</source>
        <translation>FOTA 服务器没有适用于此模块的更新</translation>
    </message>
    <message>
        <source>The module may run the newest firmware already (%1). Check that the FOTA server offers a package for this firmware, then start again.</source>
        <translation>模块可能已在运行最新固件（%1）。请检查 FOTA 服务器是否为此固件提供软件包，然后再次开始。</translation>
    </message>
    <message>
        <source>The download is paused; it was asked to continue already</source>
        <translation>下载已暂停；之前已请求继续</translation>
    </message>
    <message>
        <source>The module rejected the downloaded package</source>
        <translation>模块拒绝了已下载的软件包</translation>
    </message>
    <message>
        <source>The package failed the module&apos;s check and was not installed; the firmware is unchanged. Ask the FOTA server&apos;s operator to check the package, then start again.</source>
        <translation>软件包未通过模块检查，未被安装；固件未改变。请让 FOTA 服务器的运营方检查软件包，然后再次开始。</translation>
    </message>
    <message>
        <source>The module could not download the package</source>
        <translation>模块无法下载软件包</translation>
    </message>
    <message>
        <source>Check the coverage (AT+CSQ), the data connection (AT+CGACT?) and that the FOTA server is reachable, then start again; the firmware is unchanged.</source>
        <translation>检查信号覆盖（AT+CSQ）、数据连接（AT+CGACT?）以及 FOTA 服务器是否可访问，然后再次开始；固件未改变。</translation>
    </message>
    <message>
        <source>The module reports that the update failed</source>
        <translation>模块报告更新失败</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Check with the FOTA server&apos;s operator that the package is for firmware %1.</source>
        <translation>模块保留当前固件。请与 FOTA 服务器的运营方确认软件包是否针对固件 %1。</translation>
    </message>
    <message>
        <source>Update report ignored before the download</source>
        <translation>已忽略下载前的更新报告</translation>
    </message>
    <message>
        <source>The download paused %1 times</source>
        <translation>下载暂停了 %1 次</translation>
    </message>
    <message>
        <source>The coverage is probably too weak. Move the module or its antenna, then start again: the download continues where it stopped.</source>
        <translation>信号覆盖可能太弱。请移动模块或其天线，然后再次开始：下载将从中断处继续。</translation>
    </message>
    <message>
        <source>Asking the module to continue the download</source>
        <translation>正在请求模块继续下载</translation>
    </message>
    <message>
        <source>The port went away during the download; the module continues it after its restart</source>
        <translation>下载期间端口消失；模块重启后将继续下载</translation>
    </message>
    <message>
        <source>Found again on %1; the download continues</source>
        <translation>在 %1 上重新找到；下载继续</translation>
    </message>
    <message>
        <source>The FOTA server offered no package within %1 s</source>
        <translation>FOTA 服务器未在 %1 秒内提供软件包</translation>
    </message>
    <message>
        <source>Check the coverage and that the FOTA server has a package for firmware %1, then start again.</source>
        <translation>检查信号覆盖以及 FOTA 服务器是否有针对固件 %1 的软件包，然后再次开始。</translation>
    </message>
    <message>
        <source>The download did not finish within %1 s</source>
        <translation>下载未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>The module keeps what it has: starting the update again continues the download. Check the coverage (AT+CSQ).</source>
        <translation>模块保留已下载的部分：再次开始更新将继续下载。请检查信号覆盖（AT+CSQ）。</translation>
    </message>
    <message>
        <source>The module did not start the update within %1 s of the download</source>
        <translation>下载完成后 %1 秒内模块未开始更新</translation>
    </message>
    <message>
        <source>Read its firmware version with AT+CGMR; if it is unchanged, start again.</source>
        <translation>请用 AT+CGMR 读取其固件版本；如果未改变，请再次开始。</translation>
    </message>
    <message>
        <source>The module did not come back within %1 s</source>
        <translation>模块未在 %1 秒内恢复</translation>
    </message>
    <message>
        <source>Reconnect it; starting the update again continues the download.</source>
        <translation>请重新连接；再次开始更新将继续下载。</translation>
    </message>
    <message>
        <source>Reporting the result to the FOTA server</source>
        <translation>正在向 FOTA 服务器报告结果</translation>
    </message>
    <message>
        <source>Verified: running %1; the result was reported to the FOTA server</source>
        <translation>已验证：正在运行 %1；结果已报告给 FOTA 服务器</translation>
    </message>
    <message>
        <source>reporting the result to the FOTA server failed: %1</source>
        <translation>向 FOTA 服务器报告结果失败：%1</translation>
    </message>
    <message>
        <source>Verified: running %1 (the FOTA server was not told: %2)</source>
        <translation>已验证：正在运行 %1（未通知 FOTA 服务器：%2）</translation>
    </message>
</context>
<context>
    <name>SimcomPackage</name>
    <message>
        <source>The package&apos;s MD5 is not 32 hex digits</source>
        <translation>软件包的 MD5 不是 32 位十六进制数</translation>
    </message>
    <message>
        <source>Check the package catalog entry.</source>
        <translation>检查软件包目录中的条目。</translation>
    </message>
    <message>
        <source>No package file is given</source>
        <translation>未指定软件包文件</translation>
    </message>
    <message>
        <source>Choose the package file to put on the module.</source>
        <translation>请选择要传到模块上的软件包文件。</translation>
    </message>
    <message>
        <source>The package file %1 cannot be read</source>
        <translation>无法读取软件包文件 %1</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>检查文件是否存在且可读。</translation>
    </message>
    <message>
        <source>The package file is empty</source>
        <translation>软件包文件为空</translation>
    </message>
    <message>
        <source>Check the package file.</source>
        <translation>检查软件包文件。</translation>
    </message>
    <message>
        <source>The package (%1 bytes) is larger than the module&apos;s FOTA partition (%2 bytes)</source>
        <translation>软件包（%1 字节）大于模块的 FOTA 分区（%2 字节）</translation>
    </message>
    <message>
        <source>Use a delta package for this module, not a full image.</source>
        <translation>请为此模块使用差分包，而非完整镜像。</translation>
    </message>
    <message>
        <source>The package file cannot be opened: %1</source>
        <translation>无法打开软件包文件：%1</translation>
    </message>
    <message>
        <source>The package file has %1 bytes, the catalog says %2</source>
        <translation>软件包文件有 %1 字节，目录中记录为 %2 字节</translation>
    </message>
    <message>
        <source>The file changed since it was catalogued. Add it to the catalog again, or fetch a fresh copy.</source>
        <translation>该文件在编入目录后已被修改。请重新将其添加到目录，或重新获取一份副本。</translation>
    </message>
    <message>
        <source>The package file&apos;s MD5 %1 is not the catalog&apos;s %2</source>
        <translation>软件包文件的 MD5 %1 与目录中的 %2 不符</translation>
    </message>
    <message>
        <source>The file changed or was damaged since it was catalogued. Add it to the catalog again, or fetch a fresh copy; nothing was sent to the module.</source>
        <translation>该文件在编入目录后已被修改或损坏。请重新将其添加到目录，或重新获取一份副本；未向模块发送任何内容。</translation>
    </message>
</context>
<context>
    <name>Snfota</name>
    <message>
        <source>url reads back as &quot;%1&quot;</source>
        <translation>url 回读为“%1”</translation>
    </message>
    <message>
        <source>crc reads back as &quot;%1&quot;</source>
        <translation>crc 回读为“%1”</translation>
    </message>
    <message>
        <source>conid reads back as %1</source>
        <translation>conid 回读为 %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>urc reads back as %1</source>
        <translation>urc 回读为 %1</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Start the download again; it resumes. If the error repeats, restart the module.</source>
        <translation>重新开始下载；下载会继续。如果错误重复出现，请重启模块。</translation>
    </message>
    <message>
        <source>the download server reported an error</source>
        <translation>下载服务器报告了错误</translation>
    </message>
    <message>
        <source>Check that the package server is running and serves the URL, then start again.</source>
        <translation>检查软件包服务器是否在运行并提供该 URL，然后再次开始。</translation>
    </message>
    <message>
        <source>socket error</source>
        <translation>套接字错误</translation>
    </message>
    <message>
        <source>Check the APN, the coverage and that the server&apos;s port is reachable from the mobile network (firewall), then start again; the download resumes.</source>
        <translation>检查 APN、信号覆盖，以及服务器端口能否从移动网络访问（防火墙），然后再次开始；下载会继续。</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Check the server address, port and URL. For an https URL the module needs the server&apos;s CA certificate (AT^SBNW=is_cert,&lt;n&gt;).</source>
        <translation>检查服务器地址、端口和 URL。对于 https URL，模块需要服务器的 CA 证书（AT^SBNW=is_cert,&lt;n&gt;）。</translation>
    </message>
    <message>
        <source>file error</source>
        <translation>文件错误</translation>
    </message>
    <message>
        <source>Check the package file on the server (present, readable, not empty) and start again.</source>
        <translation>检查服务器上的软件包文件（存在、可读、非空）后再次开始。</translation>
    </message>
    <message>
        <source>not enough space for the package</source>
        <translation>空间不足以容纳软件包</translation>
    </message>
    <message>
        <source>The FOTA partition holds 11 MB: this is probably a full image. Use the delta package from the module&apos;s current firmware.</source>
        <translation>FOTA 分区容量为 11 MB：这可能是完整镜像。请使用基于模块当前固件的差分包。</translation>
    </message>
    <message>
        <source>firmware not available on the server</source>
        <translation>服务器上没有该固件</translation>
    </message>
    <message>
        <source>The server has no file at this URL (HTTP 404): check the URL and that the package is published.</source>
        <translation>服务器上该 URL 没有文件（HTTP 404）：请检查 URL 以及软件包是否已发布。</translation>
    </message>
    <message>
        <source>integrity check failed: the SHA-256 does not match</source>
        <translation>完整性校验失败：SHA-256 不匹配</translation>
    </message>
    <message>
        <source>The downloaded file differs from the package FotaDesk hashed: check that the server serves the same file, then start again.</source>
        <translation>下载的文件与 FotaDesk 计算哈希的软件包不同：请确认服务器提供的是同一文件，然后再次开始。</translation>
    </message>
    <message>
        <source>the download was stopped (user break)</source>
        <translation>下载已停止（用户中断）</translation>
    </message>
    <message>
        <source>Start the update again to resume the download.</source>
        <translation>重新开始更新以继续下载。</translation>
    </message>
    <message>
        <source>the PDP context could not be activated</source>
        <translation>无法激活 PDP 上下文</translation>
    </message>
    <message>
        <source>Check the APN, the user name and password (AT^SGAUTH), and that the SIM has data service.</source>
        <translation>检查 APN、用户名和密码（AT^SGAUTH），以及 SIM 卡是否开通数据业务。</translation>
    </message>
    <message>
        <source>a configuration parameter is invalid</source>
        <translation>某个配置参数无效</translation>
    </message>
    <message>
        <source>Check the URL, the connection id and the SHA-256 written with AT^SNFOTA.</source>
        <translation>检查用 AT^SNFOTA 写入的 URL、连接 ID 和 SHA-256。</translation>
    </message>
    <message>
        <source>error %1, not documented</source>
        <translation>错误 %1，文档中未说明</translation>
    </message>
    <message>
        <source>Start the download again; if the error repeats, read the module&apos;s settings with AT^SNFOTA? and contact support.</source>
        <translation>重新开始下载；如果错误重复出现，请用 AT^SNFOTA? 读取模块设置并联系技术支持。</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>Modules: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>进行中：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>已更新：%1</translation>
    </message>
    <message>
        <source>Ports without a module: %1</source>
        <translation>无模块端口：%1</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>存储未打开</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>a write from outside the engine thread was refused</source>
        <translation>已拒绝来自引擎线程之外的写入</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>the schema version cannot be read</source>
        <translation>无法读取架构版本</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this FotaDesk knows (%2); use a newer FotaDesk</source>
        <translation>数据库架构版本为 %1，比此 FotaDesk 所知的版本（%2）更新；请使用更新版本的 FotaDesk</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>迁移到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>PRAGMA journal_mode=WAL failed: %1</source>
        <translation>PRAGMA journal_mode=WAL 失败：%1</translation>
    </message>
    <message>
        <source>the store cannot be locked for its schema check: %1</source>
        <translation>无法锁定存储以检查其架构：%1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>磁盘 I/O 错误</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>被其他程序锁定</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>the history database is not open</source>
        <translation>历史数据库未打开</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is neither a module in the inventory nor a port present now</source>
        <translation>%1 既不是已登记的模块，也不是当前存在的端口</translation>
    </message>
    <message>
        <source>no module in the inventory matches %1</source>
        <translation>没有与 %1 匹配的已登记模块</translation>
    </message>
    <message>
        <source>not a USB port the system lists</source>
        <translation>不是系统列出的 USB 端口</translation>
    </message>
    <message>
        <source>[the first %1 bytes are left out]</source>
        <translation>[已省略前 %1 个字节]</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Diagnostics written to %1 (%n file(s), secrets masked).</source>
        <translation>
            <numerusform>诊断信息已写入 %1（%n 个文件，机密信息已屏蔽）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelitPfmDriver</name>
    <message>
        <source>%1 is inhibited while a Telit PFM update runs (it would break the download)</source>
        <translation>Telit PFM 更新进行中，禁止使用 %1（会中断下载）</translation>
    </message>
    <message>
        <source>%1 is reserved for the running Telit PFM update (it would answer its server or change its registration)</source>
        <translation>%1 已保留给正在运行的 Telit PFM 更新（否则它会应答其服务器或更改其注册）</translation>
    </message>
</context>
<context>
    <name>TelitPfmFlow</name>
    <message>
        <source>No module session to update</source>
        <translation>没有可更新的模块会话</translation>
    </message>
    <message>
        <source>The SIM did not accept its PIN after the reboot</source>
        <translation>重启后 SIM 卡未接受其 PIN</translation>
    </message>
    <message>
        <source>The new firmware may be installed already. Enter the right PIN (the SIM locks after three wrong ones), then read the firmware version.</source>
        <translation>新固件可能已安装。请输入正确的 PIN（输错三次 SIM 卡将锁定），然后读取固件版本。</translation>
    </message>
    <message>
        <source>Checking the serial rate: with autobauding the events after the reboot are lost</source>
        <translation>正在检查串口速率：使用自动波特率时，重启后的事件会丢失</translation>
    </message>
    <message>
        <source>The port went away during %1</source>
        <translation>%1 期间端口消失</translation>
    </message>
    <message>
        <source>Reconnect the module and start again; its firmware is unchanged.</source>
        <translation>重新连接模块后再次开始；其固件未改变。</translation>
    </message>
    <message>
        <source>The module did not answer %1</source>
        <translation>模块未响应 %1</translation>
    </message>
    <message>
        <source>Check the cable and the serial rate, then start again.</source>
        <translation>检查线缆和串口速率，然后再次开始。</translation>
    </message>
    <message>
        <source>The module refused %1 (%2)</source>
        <translation>模块拒绝了 %1（%2）</translation>
    </message>
    <message>
        <source>Check that the firmware supports Premium FOTA Management (10.00.xx3/xx4, 12.00.xx.2, 13.00.xx2 or later) and the server settings.</source>
        <translation>检查固件是否支持 Premium FOTA Management（10.00.xx3/xx4、12.00.xx.2、13.00.xx2 或更高版本）以及服务器设置。</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 already</source>
        <translation>串口速率已固定为 %1</translation>
    </message>
    <message>
        <source>The serial rate in use is not known</source>
        <translation>当前使用的串口速率未知</translation>
    </message>
    <message>
        <source>Open the port at a fixed rate and start again.</source>
        <translation>以固定速率打开端口后再次开始。</translation>
    </message>
    <message>
        <source>serial rate fixed at %1 (it was on autobaud)</source>
        <translation>串口速率已固定为 %1（之前为自动波特率）</translation>
    </message>
    <message>
        <source>#OTAEV events switched on</source>
        <translation>已开启 #OTAEV 事件</translation>
    </message>
    <message>
        <source>the #OTAEV events are off and could not be switched on (%1); progress may not be shown</source>
        <translation>#OTAEV 事件已关闭且无法开启（%1）；可能无法显示进度</translation>
    </message>
    <message>
        <source>no PFM server given: the registration stored in the module is used</source>
        <translation>未指定 PFM 服务器：使用模块中保存的注册信息</translation>
    </message>
    <message>
        <source>Waiting for the PFM server to offer an upgrade</source>
        <translation>等待 PFM 服务器提供升级</translation>
    </message>
    <message>
        <source>Registering with the PFM server by SMS</source>
        <translation>正在通过 SMS 向 PFM 服务器注册</translation>
    </message>
    <message>
        <source>Registering with the PFM server over IP</source>
        <translation>正在通过 IP 向 PFM 服务器注册</translation>
    </message>
    <message>
        <source>Registered; asking the PFM server for an upgrade</source>
        <translation>已注册；正在向 PFM 服务器请求升级</translation>
    </message>
    <message>
        <source>Registered; waiting for the PFM server to offer an upgrade</source>
        <translation>已注册；等待 PFM 服务器提供升级</translation>
    </message>
    <message>
        <source>Registered with the PFM server</source>
        <translation>已在 PFM 服务器注册</translation>
    </message>
    <message>
        <source>The PFM server started an automatic upgrade</source>
        <translation>PFM 服务器已启动自动升级</translation>
    </message>
    <message>
        <source>The module downloads the new firmware</source>
        <translation>模块正在下载新固件</translation>
    </message>
    <message>
        <source>Download complete</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <source>The module validates and flashes the new firmware; it does not answer commands now. Never power it off.</source>
        <translation>模块正在校验并烧写新固件；此时不响应命令。切勿断电。</translation>
    </message>
    <message>
        <source>The PFM server was notified of the upgrade</source>
        <translation>已通知 PFM 服务器升级完成</translation>
    </message>
    <message>
        <source>The module reports that the OTA upgrade failed</source>
        <translation>模块报告 OTA 升级失败</translation>
    </message>
    <message>
        <source>The module keeps its current firmware. Check that the IMEI is on the PFM registration list with FOTA enabled and activated, the APN/NAP settings, the SIM and the coverage, then ask the server for the upgrade again. If the SIM was moved between registered modules, force a re-registration first.</source>
        <translation>模块保留当前固件。请检查 IMEI 是否在 PFM 注册列表中且已启用并激活 FOTA，以及 APN/NAP 设置、SIM 卡和信号覆盖，然后再次向服务器请求升级。如果 SIM 卡曾在已注册的模块之间调换，请先强制重新注册。</translation>
    </message>
    <message>
        <source>The module answered a PFM server query</source>
        <translation>模块已响应 PFM 服务器的查询</translation>
    </message>
    <message>
        <source>Unrecognised PFM event</source>
        <translation>无法识别的 PFM 事件</translation>
    </message>
    <message>
        <source>The PFM server asks again for an upgrade</source>
        <translation>PFM 服务器再次请求升级</translation>
    </message>
    <message>
        <source>The PFM server offers a firmware upgrade</source>
        <translation>PFM 服务器提供固件升级</translation>
    </message>
    <message>
        <source>The PFM server offers a firmware upgrade for this module. Accept it? Unanswered, the request lapses.</source>
        <translation>PFM 服务器为此模块提供固件升级。是否接受？若不回答，请求将过期。</translation>
    </message>
    <message>
        <source>asking the user; the request lapses in %1 s</source>
        <translation>正在询问用户；请求将在 %1 秒后过期</translation>
    </message>
    <message>
        <source>the upgrade request is left to lapse (policy)</source>
        <translation>按策略让升级请求过期</translation>
    </message>
    <message>
        <source>Upgrade accepted; waiting for the download to start</source>
        <translation>已接受升级；等待下载开始</translation>
    </message>
    <message>
        <source>Upgrade declined: the request lapses; waiting for the server&apos;s next request</source>
        <translation>已拒绝升级：请求将过期；等待服务器的下一次请求</translation>
    </message>
    <message>
        <source>The upgrade request lapsed unanswered; waiting for the server&apos;s next request</source>
        <translation>升级请求未获回答已过期；等待服务器的下一次请求</translation>
    </message>
    <message>
        <source>The module restarts into the new firmware; waiting for it to come back</source>
        <translation>模块正以新固件重启；等待其恢复</translation>
    </message>
    <message>
        <source>The port went away before the upgrade started</source>
        <translation>升级开始前端口消失</translation>
    </message>
    <message>
        <source>Found again on %1</source>
        <translation>在 %1 上重新找到</translation>
    </message>
    <message>
        <source>The module reports the new firmware</source>
        <translation>模块报告已运行新固件</translation>
    </message>
    <message>
        <source>Reading the firmware version the module runs now</source>
        <translation>正在读取模块当前运行的固件版本</translation>
    </message>
    <message>
        <source>The module&apos;s firmware version could not be read</source>
        <translation>无法读取模块的固件版本</translation>
    </message>
    <message>
        <source>Read it with AT+CGMR before trusting the update.</source>
        <translation>在确认更新成功之前，请用 AT+CGMR 读取。</translation>
    </message>
    <message>
        <source>The module runs %1, expected %2</source>
        <translation>模块运行 %1，预期为 %2</translation>
    </message>
    <message>
        <source>The PFM server may have sent another package; check the campaign on the server.</source>
        <translation>PFM 服务器可能发送了其他软件包；请检查服务器上的推送活动。</translation>
    </message>
    <message>
        <source>The module still runs %1</source>
        <translation>模块仍运行 %1</translation>
    </message>
    <message>
        <source>The upgrade did not take; check the campaign on the PFM server.</source>
        <translation>升级未生效；请检查 PFM 服务器上的推送活动。</translation>
    </message>
    <message>
        <source>Running %1; waiting for the module to notify the PFM server</source>
        <translation>正在运行 %1；等待模块通知 PFM 服务器</translation>
    </message>
    <message>
        <source>Verified: running %1. The SIM waits for its PIN; the PFM server is notified once it is entered</source>
        <translation>已验证：正在运行 %1。SIM 卡在等待 PIN；输入后将通知 PFM 服务器</translation>
    </message>
    <message>
        <source>Verified: running %1 (the PFM server has not confirmed the notification yet)</source>
        <translation>已验证：正在运行 %1（PFM 服务器尚未确认通知）</translation>
    </message>
    <message>
        <source>The PFM server did not confirm the registration</source>
        <translation>PFM 服务器未确认注册</translation>
    </message>
    <message>
        <source>Check the server number or address, the APN, that the SIM has SMS and data service, and that the IMEI is on the PFM registration list.</source>
        <translation>检查服务器号码或地址、APN、SIM 卡是否开通短信和数据业务，以及 IMEI 是否在 PFM 注册列表中。</translation>
    </message>
    <message>
        <source>The PFM server offered no upgrade in time</source>
        <translation>PFM 服务器未在规定时间内提供升级</translation>
    </message>
    <message>
        <source>Check that a campaign for this module&apos;s firmware is active on the PFM server, then start again.</source>
        <translation>检查 PFM 服务器上是否有针对此模块固件的有效推送活动，然后再次开始。</translation>
    </message>
    <message>
        <source>no &quot;Module Upgraded&quot; event; reading the firmware version directly</source>
        <translation>没有“Module Upgraded”事件；直接读取固件版本</translation>
    </message>
    <message>
        <source>cancel refused: the module downloads or installs on its own now; never power it off</source>
        <translation>拒绝取消：模块正在自行下载或安装；切勿断电</translation>
    </message>
    <message>
        <source>Cancelled; the module keeps its current firmware</source>
        <translation>已取消；模块保留当前固件</translation>
    </message>
    <message>
        <source>the SIM&apos;s own number is not known (AT+CNUM has none): the PFM server can trigger this module by SMS only if it knows the number</source>
        <translation>SIM 卡本机号码未知（AT+CNUM 未返回号码）：PFM 服务器只有知道该号码才能通过短信触发此模块</translation>
    </message>
    <message>
        <source>AT#OTASUAN=1 answered %1; answering the request again</source>
        <translation>AT#OTASUAN=1 的回答是 %1；再次应答该请求</translation>
    </message>
    <message>
        <source>already running %1; not waiting for &quot;Module Upgraded&quot;</source>
        <translation>已在运行 %1；不再等待“Module Upgraded”</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>Port name or device path of the module.</source>
        <translation>模块的端口名称或设备路径。</translation>
    </message>
    <message>
        <source>The APN the module downloads through (over-the-air methods).</source>
        <translation>模块下载所用的 APN（空中下载方式）。</translation>
    </message>
    <message>
        <source>Print one JSON object a line as the job progresses.</source>
        <translation>任务进行时每行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The history database (default: in the user&apos;s data folder).</source>
        <translation>历史数据库（默认：位于用户数据文件夹中）。</translation>
    </message>
    <message>
        <source>Override the checks that may be overridden (base version, already on target).</source>
        <translation>忽略可忽略的检查（基础版本、已是目标版本）。</translation>
    </message>
    <message>
        <source>Telit: another setting to back up and restore (repeatable), e.g. #SMOV.</source>
        <translation>Telit：额外需要备份和恢复的设置（可重复），例如 #SMOV。</translation>
    </message>
    <message>
        <source>--url wants an absolute URL such as http://192.0.2.10:8080/diff.usf</source>
        <translation>--url 需要绝对 URL，例如 http://192.0.2.10:8080/diff.usf</translation>
    </message>
    <message>
        <source>no package file %1</source>
        <translation>没有软件包文件 %1</translation>
    </message>
    <message>
        <source>%1 is not there yet; waiting for it</source>
        <translation>%1 尚不存在；正在等待</translation>
    </message>
    <message>
        <source>the module asks: %1</source>
        <translation>模块询问：%1</translation>
    </message>
    <message>
        <source>job %1 on %2 was interrupted at step %3</source>
        <translation>%2 上的任务 %1 在步骤 %3 中断</translation>
    </message>
    <message>
        <source>no module answered on %1; check that it is powered and that this is its AT port</source>
        <translation>%1 上没有模块应答；请确认模块已通电且这是其 AT 端口</translation>
    </message>
    <message>
        <source>the history database %1 cannot be opened: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2；%3</translation>
    </message>
    <message>
        <source>%1: %2 %3, firmware %4, IMEI %5</source>
        <translation>%1：%2 %3，固件 %4，IMEI %5</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>[%1] %2%3</source>
        <translation>[%1] %2%3</translation>
    </message>
    <message>
        <source>, %1 of %2 bytes, %3 B/s</source>
        <translation>，%1 / %2 字节，%3 字节/秒</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>，剩余 %1 秒</translation>
    </message>
    <message>
        <source>job %1 (interrupted earlier) ended %2: %3</source>
        <translation>任务 %1（之前被中断）已结束，状态 %2：%3</translation>
    </message>
    <message>
        <source>job %1 succeeded: %2</source>
        <translation>任务 %1 成功：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>job %1 %2: %3</source>
        <translation>任务 %1 %2：%3</translation>
    </message>
    <message>
        <source>The package file, as the vendor ships it (a manifest &lt;file&gt;.json beside it is optional). Not needed when the update is held on a server (--method ota on Telit PFM, SIM7020 and HL78xx; --url for Cinterion).</source>
        <translation>厂商提供的原始软件包文件（其旁边的清单 &lt;file&gt;.json 为可选）。更新存放在服务器上时无需提供（Telit PFM、SIM7020 和 HL78xx 使用 --method ota；Cinterion 使用 --url）。</translation>
    </message>
    <message>
        <source>auto (default), xmodem, cflw, http-fs, ota or lwm2m.</source>
        <translation>auto（默认）、xmodem、cflw、http-fs、ota 或 lwm2m。</translation>
    </message>
    <message>
        <source>What the package is for, when neither a manifest nor its name says: telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx (default: the module&apos;s).</source>
        <translation>当清单和文件名都未说明时，软件包所针对的系列：telit-pfm、cinterion、simcom-sim7020 或 sierra-hl78xx（默认：模块的系列）。</translation>
    </message>
    <message>
        <source>The model the package is for (default: the module&apos;s).</source>
        <translation>软件包所针对的型号（默认：模块的型号）。</translation>
    </message>
    <message>
        <source>The firmware the package applies to, as AT+CGMR reports it (default: unknown; the module checks).</source>
        <translation>软件包所适用的固件，格式与 AT+CGMR 报告的相同（默认：未知；由模块检查）。</translation>
    </message>
    <message>
        <source>The firmware expected afterwards; without it any change of version verifies.</source>
        <translation>更新后预期的固件；若不指定，任何版本变化都视为验证通过。</translation>
    </message>
    <message>
        <source>Refuse a package without a manifest &lt;file&gt;.json (a factory&apos;s policy).</source>
        <translation>拒绝没有清单 &lt;file&gt;.json 的软件包（工厂策略）。</translation>
    </message>
    <message>
        <source>Where the module downloads the package (default: FotaDesk serves the file); for LwM2M the server&apos;s URI.</source>
        <translation>模块下载软件包的位置（默认：由 FotaDesk 提供文件）；对于 LwM2M 则为服务器的 URI。</translation>
    </message>
    <message>
        <source>The SHA-256 of the package at --url (Cinterion checks the download against it).</source>
        <translation>--url 处软件包的 SHA-256（Cinterion 用它校验下载内容）。</translation>
    </message>
    <message>
        <source>Telit PFM: the server&apos;s SMS number (SMS protocol).</source>
        <translation>Telit PFM：服务器的短信号码（SMS 协议）。</translation>
    </message>
    <message>
        <source>Telit PFM: the server&apos;s address for the TCP/IP protocol.</source>
        <translation>Telit PFM：TCP/IP 协议所用的服务器地址。</translation>
    </message>
    <message>
        <source>Telit PFM: sms, combined (SMS-TCP/IP) or tcp (TCP/IP only); default: sms for a number, tcp for an address, combined for both.</source>
        <translation>Telit PFM：sms、combined（SMS-TCP/IP）或 tcp（仅 TCP/IP）；默认：给出号码时为 sms，给出地址时为 tcp，两者都给出时为 combined。</translation>
    </message>
    <message>
        <source>Telit PFM: the SIM&apos;s own number for the IP registration (default: what AT+CNUM reads).</source>
        <translation>Telit PFM：用于 IP 注册的 SIM 卡本机号码（默认：AT+CNUM 读取的号码）。</translation>
    </message>
    <message>
        <source>Agreement requests of the server (Telit PFM, HL78xx): accept (default) or reject (Telit&apos;s request lapses; HL78xx&apos;s is deferred, as it cannot be refused).</source>
        <translation>服务器的确认请求（Telit PFM、HL78xx）：accept（默认）或 reject（Telit 的请求将过期；HL78xx 的请求无法拒绝，因此会被推迟）。</translation>
    </message>
    <message>
        <source>The APN&apos;s user name.</source>
        <translation>APN 的用户名。</translation>
    </message>
    <message>
        <source>A file whose first line is the APN&apos;s password (never given on the command line, never stored).</source>
        <translation>一个文件，其第一行为 APN 密码（从不在命令行中给出，从不保存）。</translation>
    </message>
    <message>
        <source>The SIM PIN, entered again after the install; never stored. Prefer --pin-file or FOTADESK_SIM_PIN: a command line is visible to other users.</source>
        <translation>SIM PIN，安装后会再次输入；从不保存。建议使用 --pin-file 或 FOTADESK_SIM_PIN：命令行对其他用户可见。</translation>
    </message>
    <message>
        <source>A file whose first line is the SIM PIN; - reads it from standard input. The environment variable FOTADESK_SIM_PIN does the same.</source>
        <translation>一个文件，其第一行为 SIM PIN；- 表示从标准输入读取。环境变量 FOTADESK_SIM_PIN 的作用相同。</translation>
    </message>
    <message>
        <source>--%1 %2 cannot be read: %3</source>
        <translation>无法读取 --%1 %2：%3</translation>
    </message>
    <message>
        <source>--method is one of auto, xmodem, cflw, http-fs, ota, lwm2m; got &quot;%1&quot;</source>
        <translation>--method 应为 auto、xmodem、cflw、http-fs、ota、lwm2m 之一；实际为“%1”</translation>
    </message>
    <message>
        <source>--sha256 wants the 64 hex digits of the package&apos;s SHA-256</source>
        <translation>--sha256 需要软件包 SHA-256 的 64 位十六进制数字</translation>
    </message>
    <message>
        <source>give the SIM PIN with --pin or with --pin-file, not both</source>
        <translation>请用 --pin 或 --pin-file 指定 SIM PIN，不能同时使用两者</translation>
    </message>
    <message>
        <source>warning: --pin is visible to every user of this computer (ps); use --pin-file FILE, --pin-file - or FOTADESK_SIM_PIN</source>
        <translation>警告：--pin 对本计算机的所有用户可见（ps）；请使用 --pin-file FILE、--pin-file - 或 FOTADESK_SIM_PIN</translation>
    </message>
    <message>
        <source>a SIM PIN is 4 to 8 digits</source>
        <translation>SIM PIN 为 4 到 8 位数字</translation>
    </message>
    <message>
        <source>--pfm-address wants HOST:PORT, e.g. 192.0.2.20:9100</source>
        <translation>--pfm-address 需要 HOST:PORT，例如 192.0.2.20:9100</translation>
    </message>
    <message>
        <source>--pfm-protocol is sms, combined or tcp; got &quot;%1&quot;</source>
        <translation>--pfm-protocol 应为 sms、combined 或 tcp；实际为“%1”</translation>
    </message>
    <message>
        <source>--pfm-protocol sms needs the server&apos;s number: --pfm-number N</source>
        <translation>--pfm-protocol sms 需要服务器的号码：--pfm-number N</translation>
    </message>
    <message>
        <source>--pfm-protocol %1 needs the server&apos;s address: --pfm-address HOST:PORT</source>
        <translation>--pfm-protocol %1 需要服务器的地址：--pfm-address HOST:PORT</translation>
    </message>
    <message>
        <source>--policy is accept or reject; got &quot;%1&quot;</source>
        <translation>--policy 应为 accept 或 reject；实际为“%1”</translation>
    </message>
    <message>
        <source>--family is one of telit-pfm, cinterion, simcom-sim7020, sierra-hl78xx; got &quot;%1&quot;</source>
        <translation>--family 应为 telit-pfm、cinterion、simcom-sim7020、sierra-hl78xx 之一；实际为“%1”</translation>
    </message>
    <message>
        <source>update needs one port, e.g. fotadesk-cli update ttyUSB2 --package diff.usf, or fotadesk-cli update ttyUSB2 --method ota for an update held on the module&apos;s server</source>
        <translation>update 需要一个端口，例如 fotadesk-cli update ttyUSB2 --package diff.usf；对于存放在模块服务器上的更新，使用 fotadesk-cli update ttyUSB2 --method ota</translation>
    </message>
    <message>
        <source>%1 modules cannot be updated with --method %2</source>
        <translation>%1 模块无法使用 --method %2 更新</translation>
    </message>
    <message>
        <source>Leave ModemManager alone (by default it lets go of the module&apos;s device for the length of the job, as the GUI&apos;s setting says).</source>
        <translation>不干预 ModemManager（默认情况下，按照图形界面中的设置，ModemManager 会在任务期间释放模块的设备）。</translation>
    </message>
    <message>
        <source>Local transfers (XMODEM, AT+CFLW) move the line up to this rate as far as the module and the port hold it, and back afterwards (default: 921600; 0: stay at the module&apos;s rate).</source>
        <translation>本地传输（XMODEM、AT+CFLW）在模块和端口能承受的范围内把线路提升到此速率，结束后再切回（默认：921600；0：保持模块的速率）。</translation>
    </message>
    <message>
        <source>--max-rate takes a rate in baud, e.g. 921600, or 0 to keep the module&apos;s rate</source>
        <translation>--max-rate 需要一个以波特为单位的速率，例如 921600，或用 0 保持模块的速率</translation>
    </message>
    <message>
        <source> at %1 baud</source>
        <translation>，%1 波特</translation>
    </message>
    <message>
        <source>time: %1 s, of which the line %2 s, the module %3 s, FotaDesk %4 s</source>
        <translation>用时：%1 秒，其中线路 %2 秒，模块 %3 秒，FotaDesk %4 秒</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update firmware</source>
        <translation>更新固件</translation>
    </message>
    <message>
        <source>Add package file…</source>
        <translation>添加软件包文件…</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 未添加：%2</translation>
    </message>
    <message>
        <source>Add a firmware package</source>
        <translation>添加固件软件包</translation>
    </message>
    <message>
        <source>Firmware packages (*.bin *.ua *.usf *.dwl *.pkg);;All files (*)</source>
        <translation>固件软件包 (*.bin *.ua *.usf *.dwl *.pkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Start update on %1 modules</source>
        <translation>在 %1 个模块上开始更新</translation>
    </message>
    <message>
        <source>Start update on %1 of %2 modules</source>
        <translation>在 %2 个模块中的 %1 个上开始更新</translation>
    </message>
    <message>
        <source>Update anyway where every finding may be overridden (the module still checks the package itself)</source>
        <translation>在所有问题均可忽略时仍然更新（模块仍会自行检查软件包）</translation>
    </message>
    <message>
        <source>Start update</source>
        <translation>开始更新</translation>
    </message>
    <message>
        <source>2. Package</source>
        <translation>2. 软件包</translation>
    </message>
    <message>
        <source>3. Modules</source>
        <translation>3. 模块</translation>
    </message>
    <message>
        <source>1. Method and what it needs</source>
        <translation>1. 方式及所需内容</translation>
    </message>
    <message>
        <source>No package file needed: the update comes from %1.</source>
        <translation>无需软件包文件：更新来自 %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>For the modules updated over the air the update comes from %1; the others need the package chosen here.</source>
        <translation>通过空中下载更新的模块，其更新来自 %1；其他模块需要在此选择软件包。</translation>
    </message>
    <message>
        <source>Choose the package FotaDesk serves to the module, or give its URL and SHA-256 above.</source>
        <translation>请选择 FotaDesk 提供给模块的软件包，或在上方填写其 URL 和 SHA-256。</translation>
    </message>
    <message>
        <source>Choose the package to install, or a method that needs no file.</source>
        <translation>请选择要安装的软件包，或选择无需文件的方式。</translation>
    </message>
    <message>
        <source>The update applies to none of the selected modules; the reasons are listed above.</source>
        <translation>此更新不适用于任何所选模块；原因已在上方列出。</translation>
    </message>
    <message>
        <source>Modules whose method needs a package file are left out until one is chosen.</source>
        <translation>方式需要软件包文件的模块将被排除，直到选择了文件。</translation>
    </message>
    <message>
        <source>Modules the update does not apply to are left out.</source>
        <translation>不适用此更新的模块将被排除。</translation>
    </message>
</context>
<context>
    <name>UpdateFlow</name>
    <message>
        <source>cancel refused: the module is installing; never interrupt it now</source>
        <translation>拒绝取消：模块正在安装；此时切勿中断</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Verified: running %1</source>
        <translation>已验证：正在运行 %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 未在 %2 秒内完成</translation>
    </message>
    <message>
        <source>Check the module&apos;s log; it may still be working. Reconnect it and read its firmware version before trying again.</source>
        <translation>请查看模块日志；它可能仍在工作。再次尝试前请重新连接并读取其固件版本。</translation>
    </message>
    <message>
        <source>The history could not be written: %1; %2 was not sent</source>
        <translation>无法写入历史记录：%1；%2 未发送</translation>
    </message>
    <message>
        <source>The module was left as it was. Make room for FotaDesk&apos;s history, then start again.</source>
        <translation>模块保持原样。请为 FotaDesk 的历史记录腾出空间，然后再次开始。</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>无法写入历史记录：%1</translation>
    </message>
    <message>
        <source>The module updates on its own now (%1): leave it powered and connected, then read its firmware version. Make room for FotaDesk&apos;s history before the next update.</source>
        <translation>模块现在正在自行更新（%1）：请保持其通电和连接，然后读取其固件版本。下次更新前请为 FotaDesk 的历史记录腾出空间。</translation>
    </message>
    <message>
        <source>commit point recorded (%1): %2</source>
        <translation>已记录提交点（%1）：%2</translation>
    </message>
    <message>
        <source>Moving the serial line to a faster rate for the transfer</source>
        <translation>正在为传输将串口线路切换到更快的速率</translation>
    </message>
    <message>
        <source>Nothing was sent yet and the firmware is unchanged. Power the module off and on, lower the maximum transfer rate (Settings, or --max-rate), and start again.</source>
        <translation>尚未发送任何数据，固件未改变。请将模块断电再上电，降低最高传输速率（“设置”或 --max-rate），然后再次开始。</translation>
    </message>
    <message>
        <source>The transfer runs at %1 baud</source>
        <translation>传输以 %1 波特进行</translation>
    </message>
    <message>
        <source>serial rate back to %1 baud</source>
        <translation>串口速率已切回 %1 波特</translation>
    </message>
    <message>
        <source>the module stays at %1 baud, not its own %2: %3</source>
        <translation>模块停留在 %1 波特，而不是其原有的 %2：%3</translation>
    </message>
    <message>
        <source>The package was sent. Power the module off and on and find it again at %1 or %2 baud; then read its firmware version.</source>
        <translation>软件包已发送。请将模块断电再上电，在 %1 或 %2 波特下重新找到它，然后读取其固件版本。</translation>
    </message>
</context>
<context>
    <name>UpdateJob</name>
    <message>
        <source>The firmware was updated, but the module did not come back to have its settings restored</source>
        <translation>固件已更新，但模块未恢复，无法恢复其设置</translation>
    </message>
    <message>
        <source>Reconnect the module and check its settings: they may be at their defaults.</source>
        <translation>重新连接模块并检查其设置：可能已恢复为默认值。</translation>
    </message>
    <message>
        <source>FotaDesk does not know how to update this module&apos;s family</source>
        <translation>FotaDesk 不知道如何更新此模块所属的系列</translation>
    </message>
    <message>
        <source>The module is gone</source>
        <translation>模块已不存在</translation>
    </message>
    <message>
        <source>Another job (%1) is updating this module</source>
        <translation>另一个任务（%1）正在更新此模块</translation>
    </message>
    <message>
        <source>the module is installing firmware; interrupting it now could leave it unusable, so the job cannot be cancelled until it has rebooted</source>
        <translation>模块正在安装固件；此时中断可能使其无法使用，因此在重启完成前无法取消该任务</translation>
    </message>
    <message>
        <source>cancel refused: %1</source>
        <translation>拒绝取消：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The firmware was updated, but the module&apos;s settings were not (all) restored; check them.</source>
        <translation>固件已更新，但模块的设置未（全部）恢复；请检查。</translation>
    </message>
    <message>
        <source>Nothing was changed on the module.</source>
        <translation>模块未做任何更改。</translation>
    </message>
    <message>
        <source>FotaDesk was closed during step %1</source>
        <translation>FotaDesk 在步骤 %1 中被关闭</translation>
    </message>
    <message>
        <source>Leave the module powered: FotaDesk verifies it when it starts again.</source>
        <translation>保持模块通电：FotaDesk 再次启动时会进行验证。</translation>
    </message>
    <message>
        <source>Resume the job to start it again from its checks.</source>
        <translation>继续该任务即可从检查步骤重新开始。</translation>
    </message>
    <message>
        <source>step %1 started</source>
        <translation>步骤 %1 已开始</translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n warning(s))</source>
        <translation>
            <numerusform>%1（%n 条警告）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>The module was removed from FotaDesk while its job ran</source>
        <translation>任务运行期间模块已从 FotaDesk 中移除</translation>
    </message>
    <message>
        <source>Reconnect it and read its firmware version before updating again.</source>
        <translation>再次更新前，请重新连接并读取其固件版本。</translation>
    </message>
    <message>
        <source>Checking the module and the package</source>
        <translation>正在检查模块和软件包</translation>
    </message>
    <message>
        <source>kept by the module itself, not backed up: %1</source>
        <translation>由模块自身保留，未备份：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>checks overridden: %1</source>
        <translation>已忽略检查：%1</translation>
    </message>
    <message>
        <source>settings backup not wanted</source>
        <translation>不需要备份设置</translation>
    </message>
    <message>
        <source>no settings to back up for this family</source>
        <translation>此系列没有需要备份的设置</translation>
    </message>
    <message>
        <source>Backing up the module&apos;s settings</source>
        <translation>正在备份模块设置</translation>
    </message>
    <message>
        <source>The module went away while its settings were read</source>
        <translation>读取设置期间模块消失</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Reconnect it and start again.</source>
        <translation>模块未做任何更改。请重新连接后再次开始。</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) read</source>
        <translation>
            <numerusform>已读取 %n 项设置</numerusform>
        </translation>
    </message>
    <message>
        <source>the module downloads the package itself and no URL was given; FotaDesk&apos;s package server is not running</source>
        <translation>模块会自行下载软件包，但未提供 URL；FotaDesk 的软件包服务器未运行</translation>
    </message>
    <message>
        <source>the package server cannot serve %1</source>
        <translation>软件包服务器无法提供 %1</translation>
    </message>
    <message>
        <source>package served at %1</source>
        <translation>软件包地址：%1</translation>
    </message>
    <message>
        <source>Cannot start the update: %1</source>
        <translation>无法开始更新：%1</translation>
    </message>
    <message>
        <source>Give the package&apos;s URL, or start FotaDesk&apos;s package server.</source>
        <translation>提供软件包的 URL，或启动 FotaDesk 的软件包服务器。</translation>
    </message>
    <message>
        <source>%1 modules cannot be updated with method %2 in this FotaDesk</source>
        <translation>此 FotaDesk 无法用方式 %2 更新 %1 模块</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The module runs %1 after the update, not the expected %2</source>
        <translation>更新后模块运行 %1，而非预期的 %2</translation>
    </message>
    <message>
        <source>Check the package; the module&apos;s settings were not restored.</source>
        <translation>请检查软件包；模块设置未恢复。</translation>
    </message>
    <message>
        <source>no settings were backed up</source>
        <translation>未备份任何设置</translation>
    </message>
    <message>
        <source>Waiting for the module to restore its settings</source>
        <translation>等待恢复模块设置</translation>
    </message>
    <message>
        <source>Restoring the module&apos;s settings</source>
        <translation>正在恢复模块设置</translation>
    </message>
    <message>
        <source>The firmware was updated, but the module went away while its settings were restored</source>
        <translation>固件已更新，但恢复设置期间模块消失</translation>
    </message>
    <message>
        <source>Reconnect it and check its settings: they may be at their defaults.</source>
        <translation>重新连接并检查其设置：可能已恢复为默认值。</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) written back</source>
        <translation>
            <numerusform>已写回 %n 项设置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) not as before</source>
        <translation>
            <numerusform>%n 项设置与之前不同</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM PIN entered</source>
        <translation>已输入 SIM PIN</translation>
    </message>
    <message>
        <source>the SIM refused its PIN after the update (%1); enter the right one</source>
        <translation>更新后 SIM 卡拒绝了其 PIN（%1）；请输入正确的 PIN</translation>
    </message>
    <message>
        <source>AT+CPIN? answered %1</source>
        <translation>AT+CPIN? 的回答是 %1</translation>
    </message>
    <message>
        <source>SIM: %1</source>
        <translation>SIM 卡：%1</translation>
    </message>
    <message>
        <source>the SIM asks for its PIN after the update; enter it (AT+CPIN)</source>
        <translation>更新后 SIM 卡要求输入 PIN；请输入（AT+CPIN）</translation>
    </message>
    <message>
        <source>Refused: a SIM PIN is 4 to 8 digits</source>
        <translation>已拒绝：SIM PIN 为 4 到 8 位数字</translation>
    </message>
    <message>
        <source>Nothing was sent to the module. Enter the SIM&apos;s PIN again.</source>
        <translation>未向模块发送任何内容。请重新输入 SIM 卡的 PIN。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>the history of %1 could not be written: %2</source>
        <translation>无法写入 %1 的历史记录：%2</translation>
    </message>
    <message>
        <source>nothing was changed on the module</source>
        <translation>模块未做任何更改</translation>
    </message>
    <message>
        <source>nothing was changed on the module (%1)</source>
        <translation>模块未做任何更改（%1）</translation>
    </message>
    <message>
        <source>the module was updated and runs %1</source>
        <translation>模块已更新，正在运行 %1</translation>
    </message>
    <message>
        <source>the module was left at step %1: %2</source>
        <translation>模块停留在步骤 %1：%2</translation>
    </message>
    <message>
        <source>The history could not be written: %1; %2</source>
        <translation>无法写入历史记录：%1；%2</translation>
    </message>
    <message>
        <source>Check the module before anything else: read its firmware version and settings, since the stored history may lack the end of this job. Then make room for FotaDesk&apos;s history (%1).</source>
        <translation>请先检查模块：读取其固件版本和设置，因为已保存的历史记录可能缺少此任务的结尾。然后为 FotaDesk 的历史记录腾出空间（%1）。</translation>
    </message>
    <message>
        <source>Make room for FotaDesk&apos;s history (%1) or choose another store, then start the job again.</source>
        <translation>请为 FotaDesk 的历史记录腾出空间（%1）或选择其他存储，然后重新开始该任务。</translation>
    </message>
    <message>
        <source>the package server is reachable from this computer only (%1): a module that downloads over its mobile network cannot reach it; listen on an address it can reach (--bind 0.0.0.0:PORT --advertise HOST, or Settings &gt; Package server and data)</source>
        <translation>软件包服务器只能从本计算机访问（%1）：通过移动网络下载的模块无法访问它；请在模块可访问的地址上监听（--bind 0.0.0.0:PORT --advertise HOST，或“设置 &gt; 软件包服务器和数据”）</translation>
    </message>
    <message>
        <source>base version not checked: the file name&apos;s &quot;%1&quot; is a label, not a firmware version</source>
        <translation>未检查基础版本：文件名中的“%1”是标签，而非固件版本</translation>
    </message>
    <message>
        <source>base version not checked: unknown</source>
        <translation>未检查基础版本：未知</translation>
    </message>
    <message>
        <source>the transfer was stopped before the install; the module keeps its firmware %1</source>
        <translation>传输在安装前已停止；模块保留其固件 %1</translation>
    </message>
    <message>
        <source>%1 (job %2 is updating this module: %3)</source>
        <translation>%1（任务 %2 正在更新此模块：%3）</translation>
    </message>
    <message>
        <source>commit point (%1): %2</source>
        <translation>提交点（%1）：%2</translation>
    </message>
    <message>
        <source>%1 was not sent, so the module was not told to update; it keeps its firmware %2</source>
        <translation>%1 未发送，因此未指示模块更新；模块保留其固件 %2</translation>
    </message>
    <message>
        <source>%1 was not sent; the module was already told to update (%2), so check it</source>
        <translation>%1 未发送；模块已被指示更新（%2），请检查模块</translation>
    </message>
    <message>
        <source>Its settings were put back and it can be updated again: start the update again.</source>
        <translation>其设置已恢复，可以再次更新：请重新开始更新。</translation>
    </message>
    <message>
        <source>Its settings were put back, with warnings (see them); it can be updated again.</source>
        <translation>其设置已恢复，但有警告（请查看）；可以再次更新。</translation>
    </message>
    <message>
        <source>The module did not answer while its settings were read (%1)</source>
        <translation>读取设置期间模块没有应答（%1）</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. Check that no other program uses its port and that it is not busy (a download or a call), then start again.</source>
        <translation>模块未做任何更改。请确认没有其他程序在使用其端口，且模块没有在忙（下载或通话），然后再次开始。</translation>
    </message>
    <message>
        <source>The module&apos;s answers came damaged twice while its settings were read (%1)</source>
        <translation>读取设置期间模块的应答两次损坏（%1）</translation>
    </message>
    <message>
        <source>Nothing was changed on the module. The line changes bytes: check the cable and the adapter, or use a lower rate, then start again.</source>
        <translation>模块未做任何更改。线路会使字节出错：请检查线缆和适配器，或使用较低的速率，然后再次开始。</translation>
    </message>
    <message>
        <source>the module answers at %1 baud, where the interrupted transfer left it; setting it back to %2 baud</source>
        <translation>模块以 %1 波特应答（被中断的传输使其停留在该速率）；正在将其切回 %2 波特</translation>
    </message>
    <message>
        <source>the module stays at %1 baud, not its own %2 (%3); set it with AT+IPR=%2</source>
        <translation>模块停留在 %1 波特，而不是其原有的 %2（%3）；请用 AT+IPR=%2 设置</translation>
    </message>
</context>
<context>
    <name>UpdateOptionsForm</name>
    <message>
        <source>Only if the SIM asks for one after the reboot</source>
        <translation>仅当 SIM 卡在重启后要求输入时</translation>
    </message>
    <message>
        <source>Ask me, with the deadline shown</source>
        <translation>询问我，并显示截止时间</translation>
    </message>
    <message>
        <source>Accept at once</source>
        <translation>立即接受</translation>
    </message>
    <message>
        <source>Defer (HL78xx) / let lapse (Telit)</source>
        <translation>推迟（HL78xx）/ 让其过期（Telit）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>SIM PIN</translation>
    </message>
    <message>
        <source>APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <source>APN user</source>
        <translation>APN 用户名</translation>
    </message>
    <message>
        <source>APN password</source>
        <translation>APN 密码</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>软件包 URL</translation>
    </message>
    <message>
        <source>Agreement requests</source>
        <translation>确认请求</translation>
    </message>
    <message>
        <source>Defer by</source>
        <translation>推迟时长</translation>
    </message>
    <message>
        <source>Needed: a selected module&apos;s SIM asks for its PIN</source>
        <translation>必填：所选模块的 SIM 卡需要 PIN</translation>
    </message>
    <message>
        <source>A SIM PIN has 4 to 8 digits.</source>
        <translation>SIM PIN 为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The package URL must be an http:// or https:// address.</source>
        <translation>软件包 URL 必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>SMS number (+15550100) or address:port (203.0.113.7:5000)</source>
        <translation>短信号码（+15550100）或 地址:端口（203.0.113.7:5000）</translation>
    </message>
    <message>
        <source>The Telit PFM server the module registers with: its SMS number for the SMS protocol, or its IP address (or host name) and port for the IP protocol.</source>
        <translation>模块要注册的 Telit PFM 服务器：SMS 协议填写其短信号码，IP 协议填写其 IP 地址（或主机名）和端口。</translation>
    </message>
    <message>
        <source>PFM server</source>
        <translation>PFM 服务器</translation>
    </message>
    <message>
        <source>Needed, e.g. internet</source>
        <translation>必填，例如 internet</translation>
    </message>
    <message>
        <source>Empty: the module&apos;s own setting</source>
        <translation>留空：使用模块自身的设置</translation>
    </message>
    <message>
        <source>PFM server: %1</source>
        <translation>PFM 服务器：%1</translation>
    </message>
    <message>
        <source>Enter the APN: the module reaches its update server through it.</source>
        <translation>请输入 APN：模块通过它访问更新服务器。</translation>
    </message>
    <message>
        <source>TCP/IP only: FotaDesk asks the server (AT#OTAIPUPD)</source>
        <translation>仅 TCP/IP：FotaDesk 向服务器发出请求（AT#OTAIPUPD）</translation>
    </message>
    <message>
        <source>SMS-TCP/IP: the server starts the update by SMS</source>
        <translation>SMS-TCP/IP：服务器通过短信启动更新</translation>
    </message>
    <message>
        <source>Empty: the number the SIM holds (AT+CNUM)</source>
        <translation>留空：使用 SIM 卡中保存的号码（AT+CNUM）</translation>
    </message>
    <message>
        <source>The SIM&apos;s own telephone number, sent with the IP registration: the PFM server needs it to reach the module by SMS.</source>
        <translation>SIM 卡本机电话号码，随 IP 注册一起发送：PFM 服务器需要它才能通过短信联系模块。</translation>
    </message>
    <message>
        <source>Empty: FotaDesk serves the package file chosen below</source>
        <translation>留空：由 FotaDesk 提供下方选择的软件包文件</translation>
    </message>
    <message>
        <source>Where the module downloads the package from. With a URL no package file is needed here, only the package&apos;s SHA-256.</source>
        <translation>模块下载软件包的位置。使用 URL 时此处无需软件包文件，只需软件包的 SHA-256。</translation>
    </message>
    <message>
        <source>64 hex digits: the module checks its download against them</source>
        <translation>64 位十六进制数字：模块用它校验下载内容</translation>
    </message>
    <message>
        <source>Needed, e.g. coap://lwm2m.example.net:5683</source>
        <translation>必填，例如 coap://lwm2m.example.net:5683</translation>
    </message>
    <message>
        <source>The LwM2M server the module&apos;s client registers with; it holds the package.</source>
        <translation>模块客户端所注册的 LwM2M 服务器；软件包存放在该服务器上。</translation>
    </message>
    <message>
        <source>PFM protocol</source>
        <translation>PFM 协议</translation>
    </message>
    <message>
        <source>SIM&apos;s own number</source>
        <translation>SIM 卡本机号码</translation>
    </message>
    <message>
        <source>LwM2M server</source>
        <translation>LwM2M 服务器</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>软件包 SHA-256</translation>
    </message>
    <message>
        <source>Reject: let the request lapse</source>
        <translation>拒绝：让请求过期</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>The SIM&apos;s own number is a telephone number, e.g. +393354757180.</source>
        <translation>SIM 卡本机号码应为电话号码，例如 +393354757180。</translation>
    </message>
    <message>
        <source>Enter the LwM2M server, e.g. coap://lwm2m.example.net:5683: the module&apos;s client registers there and gets the package from it.</source>
        <translation>请输入 LwM2M 服务器，例如 coap://lwm2m.example.net:5683：模块的客户端会在该服务器注册并从中获取软件包。</translation>
    </message>
    <message>
        <source>The LwM2M server is a coap:// or coaps:// address, e.g. coap://lwm2m.example.net:5683.</source>
        <translation>LwM2M 服务器应为 coap:// 或 coaps:// 地址，例如 coap://lwm2m.example.net:5683。</translation>
    </message>
    <message>
        <source>Enter the package&apos;s SHA-256 (64 hex digits): the module checks its download from the URL against it.</source>
        <translation>请输入软件包的 SHA-256（64 位十六进制数字）：模块会用它校验从该 URL 下载的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The package&apos;s SHA-256 has 64 hex digits (0-9, a-f); %1 has %n characters.</source>
        <translation>
            <numerusform>软件包的 SHA-256 为 64 位十六进制数字（0-9、a-f）；%1 有 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdatePhase</name>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>注册中</translation>
    </message>
    <message>
        <source>Waiting for server</source>
        <translation>等待服务器</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>安装中</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>已重新连接</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>VerifyFlow</name>
    <message>
        <source>No module session to verify</source>
        <translation>没有可验证的模块会话</translation>
    </message>
    <message>
        <source>Waiting for the module to finish installing and come back</source>
        <translation>等待模块完成安装并恢复</translation>
    </message>
    <message>
        <source>Reading the firmware version</source>
        <translation>正在读取固件版本</translation>
    </message>
    <message>
        <source>The module went away again; waiting for it</source>
        <translation>模块再次消失；等待其恢复</translation>
    </message>
    <message>
        <source>The module did not tell its firmware version</source>
        <translation>模块未报告其固件版本</translation>
    </message>
    <message>
        <source>Read it yourself (%1) before updating again.</source>
        <translation>再次更新前请自行读取（%1）。</translation>
    </message>
    <message>
        <source>The module still runs %1: the install did not complete</source>
        <translation>模块仍运行 %1：安装未完成</translation>
    </message>
    <message>
        <source>The module runs %1, not the expected %2</source>
        <translation>模块运行 %1，而非预期的 %2</translation>
    </message>
    <message>
        <source>Update the module again; its settings are as the update left them.</source>
        <translation>请再次更新模块；其设置保持为更新后的状态。</translation>
    </message>
    <message>
        <source>The module is still downloading or installing; waiting for it</source>
        <translation>模块仍在下载或安装；正在等待</translation>
    </message>
    <message>
        <source>The module is still installing; waiting for it to restart</source>
        <translation>模块仍在安装；等待其重启</translation>
    </message>
    <message>
        <source>The module does not answer now; it may be installing. Never power it off.</source>
        <translation>模块当前无应答；可能正在安装。切勿断电。</translation>
    </message>
    <message>
        <source>The module still runs %1; waiting to see whether it installs</source>
        <translation>模块仍运行 %1；等待观察其是否安装</translation>
    </message>
    <message>
        <source>The module still runs %1 and downloads the package; waiting for it</source>
        <translation>模块仍运行 %1，正在下载软件包；正在等待</translation>
    </message>
    <message>
        <source>The module still runs %1: it did not install the package</source>
        <translation>模块仍运行 %1：未安装该软件包</translation>
    </message>
</context>
<context>
    <name>XmodemLink</name>
    <message>
        <source>The port is busy or gone.</source>
        <translation>端口被占用或已消失。</translation>
    </message>
</context>
<context>
    <name>XmodemSender</name>
    <message>
        <source>%1 bytes sent in %2 blocks.</source>
        <translation>已分 %2 块发送 %1 字节。</translation>
    </message>
    <message>
        <source>The module never asked for the data (no &apos;C&apos; or NAK within %1 s). Check that it accepted the download command and that the port and baud rate are right, then try again.</source>
        <translation>模块始终未请求数据（%1 秒内没有 &apos;C&apos; 或 NAK）。请确认它已接受下载命令，且端口和波特率正确，然后重试。</translation>
    </message>
    <message>
        <source>The module rejected block %1 %2 times. The link corrupts data: check the cable, use a lower baud rate, then try again.</source>
        <translation>模块已拒绝第 %1 块 %2 次。链路会损坏数据：请检查线缆，降低波特率，然后重试。</translation>
    </message>
    <message>
        <source>The module stopped answering at block %1 (no reply within %2 s, %3 tries). Check the cable and the module&apos;s power, then try again.</source>
        <translation>模块在第 %1 块停止响应（%2 秒内无回复，已尝试 %3 次）。请检查线缆和模块电源，然后重试。</translation>
    </message>
    <message>
        <source>The module cancelled the transfer at block %1. It may have rejected the package (another model or version) or run out of space: check the package, then try again.</source>
        <translation>模块在第 %1 块取消了传输。它可能拒绝了该软件包（型号或版本不符）或空间不足：请检查软件包后重试。</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>传输已取消。</translation>
    </message>
    <message>
        <source>All data was sent, but the module did not confirm the end of the transfer. Check the module&apos;s state before installing.</source>
        <translation>所有数据已发送，但模块未确认传输结束。安装前请检查模块状态。</translation>
    </message>
    <message>
        <source>The port was lost during the transfer. Reconnect the module and start the update again.</source>
        <translation>传输期间端口丢失。请重新连接模块并重新开始更新。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>无法写入压缩包：%1</translation>
    </message>
    <message>
        <source>the archive is already complete</source>
        <translation>压缩包已写完</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no safe name inside an archive</source>
        <translation>“%1”不是压缩包内的安全名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the archive twice</source>
        <translation>“%1”在压缩包中出现了两次</translation>
    </message>
    <message>
        <source>the archive would need ZIP64, which is not written</source>
        <translation>压缩包需要 ZIP64，但不支持写入 ZIP64</translation>
    </message>
</context>
<context>
    <name>fotadesk-cli</name>
    <message>
        <source>List the serial ports and the module behind each.</source>
        <translation>列出串口及每个串口上连接的模块。</translation>
    </message>
    <message>
        <source>Read who the module on each port is.</source>
        <translation>读取每个端口上模块的身份信息。</translation>
    </message>
    <message>
        <source>Send AT commands to a module and print the answers.</source>
        <translation>向模块发送 AT 命令并输出应答。</translation>
    </message>
    <message>
        <source>Update a module&apos;s firmware: checks, settings backup, update, verify, restore.</source>
        <translation>更新模块固件：检查、备份设置、更新、验证、恢复设置。</translation>
    </message>
    <message>
        <source>List recent update jobs, how they ended, and interrupted ones.</source>
        <translation>列出最近的更新任务及其结果，以及中断的任务。</translation>
    </message>
    <message>
        <source>Serve packages over HTTP for modules that download them themselves.</source>
        <translation>通过 HTTP 提供软件包，供自行下载的模块使用。</translation>
    </message>
    <message>
        <source>Update a simulated fleet end to end and print a report.</source>
        <translation>端到端更新模拟模块组并输出报告。</translation>
    </message>
    <message>
        <source>Also watch device paths matching GLOB (repeatable), e.g. &apos;/tmp/modems/*&apos;; pseudo-terminals are not listed by the system. Adds to the setting ports/extra.</source>
        <translation>另外监视匹配 GLOB 的设备路径（可重复），例如 &apos;/tmp/modems/*&apos;；系统不会列出伪终端。会追加到设置项 ports/extra。</translation>
    </message>
    <message>
        <source>--%1 wants a rate in baud, such as 115200; got &quot;%2&quot;</source>
        <translation>--%1 需要以波特为单位的速率，例如 115200；收到的是“%2”</translation>
    </message>
    <message>
        <source>no port &quot;%1&quot;; run &apos;fotadesk-cli ports&apos; to list the ports (add --scan GLOB for pseudo-terminals)</source>
        <translation>没有端口“%1”；运行 &apos;fotadesk-cli ports&apos; 列出端口（伪终端需添加 --scan GLOB）</translation>
    </message>
    <message>
        <source>Usage: fotadesk-cli &lt;subcommand&gt; [options]

</source>
        <translation>用法：fotadesk-cli &lt;子命令&gt; [选项]

</translation>
    </message>
    <message>
        <source>
Every subcommand takes --scan GLOB (repeatable) and --help.
Exit status: 0 success, 1 failure reported by the module, 2 usage error,
3 port or transport error, 4 timeout.
</source>
        <translation>
每个子命令都接受 --scan GLOB（可重复）和 --help。
退出状态：0 成功，1 模块报告失败，2 用法错误，
3 端口或传输错误，4 超时。
</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; run &apos;fotadesk-cli --help&apos; for the list</source>
        <translation>未知子命令“%1”；运行 &apos;fotadesk-cli --help&apos; 查看列表</translation>
    </message>
    <message>
        <source>%1; run &apos;fotadesk-cli %2 --help&apos;</source>
        <translation>%1；运行 &apos;fotadesk-cli %2 --help&apos; 查看帮助</translation>
    </message>
    <message>
        <source>Write everything about one module into a zip for support, secrets masked.</source>
        <translation>将一个模块的全部信息写入 zip 文件以供技术支持，机密信息已屏蔽。</translation>
    </message>
    <message>
        <source>Keep a module&apos;s conversation during identify, AT commands or a whole update, for fotadesk-sim --replay; secrets masked.</source>
        <translation>记录 identify、AT 命令或整个更新期间与模块的通信，供 fotadesk-sim --replay 使用；机密信息已屏蔽。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Firmware updates for cellular IoT modules over serial/USB and over the air.</source>
        <translation>通过串口/USB 及空中下载为蜂窝物联网模块更新固件。</translation>
    </message>
    <message>
        <source>Also watch these device paths (repeatable).</source>
        <translation>另外监视这些设备路径（可重复）。</translation>
    </message>
    <message>
        <source>Start on a simulated fleet with packages ready.</source>
        <translation>以模拟模块组和现成的软件包启动。</translation>
    </message>
    <message>
        <source>Modules in the simulated fleet.</source>
        <translation>模拟模块组中的模块数量。</translation>
    </message>
    <message>
        <source>FotaDesk demo</source>
        <translation>FotaDesk 演示</translation>
    </message>
    <message>
        <source>The simulated fleet did not start: %1</source>
        <translation>模拟模块组未能启动：%1</translation>
    </message>
</context>
</TS>
