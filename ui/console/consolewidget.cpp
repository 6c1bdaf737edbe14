#include "consolewidget.h"

#include "at/secretmasker.h"
#include "engine/engineapi.h"
#include "modules/moduledriver.h"
#include "ui/common/uicolors.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStringListModel>
#include <QVBoxLayout>

ConsoleWidget::ConsoleWidget(EngineApi *engine, const QString &moduleId, Family family, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_moduleId(moduleId)
    , m_output(new QPlainTextEdit(this))
    , m_refusal(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_completer(new QCompleter(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_output->setReadOnly(true);
    m_output->setFont(fixed);
    // A console, not the log: a bounded scrollback of what was typed here.
    m_output->setMaximumBlockCount(2000);
    m_output->setPlaceholderText(tr("Replies to the commands you send appear here. "
                                    "The module's full traffic is in the Log tab."));

    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setAutoFillBackground(true);
    m_refusal->setMargin(6);
    QPalette warn = m_refusal->palette();
    warn.setColor(QPalette::Window, UiColors::outcomeTint(ModuleText::JobOutcome::Failed, palette()));
    warn.setColor(QPalette::WindowText, UiColors::outcomeText(ModuleText::JobOutcome::Failed, palette()));
    m_refusal->setPalette(warn);
    m_refusal->hide();
    m_waiting->setEnabled(false);
    m_waiting->hide();

    QStringList commands;
    if (const ModuleDriver *driver = ModuleDriver::forFamily(family))
        commands = driver->knownCommands();
    commands.sort(Qt::CaseInsensitive);
    m_completer->setModel(new QStringListModel(commands, m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_input->setCompleter(m_completer);
    m_input->setFont(fixed);
    m_input->setPlaceholderText(tr("AT command, e.g. AT+CGMR (Up/Down: history)"));
    m_input->setAccessibleName(tr("AT command"));
    m_input->installEventFilter(this);

    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleWidget::send);
    connect(m_send, &QPushButton::clicked, this, &ConsoleWidget::send);
    connect(engine, &EngineApi::consoleReplied, this, &ConsoleWidget::onReply);

    auto *line = new QHBoxLayout;
    line->addWidget(m_input, 1);
    line->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_waiting);
    layout->addLayout(line);
}

void ConsoleWidget::send()
{
    const QString command = m_input->text().trimmed();
    if (command.isEmpty())
        return;
    m_history.add(command);
    m_input->clear();
    m_refusal->hide();
    // The command joins the output with its reply, so each reply stands under
    // its own command even when several are queued; until then it is listed
    // as waiting. Shown masked: a PIN typed here must not stay on screen.
    m_pending << SecretMasker::maskLine(command);
    updateWaiting();
    m_engine->sendConsoleCommand(m_moduleId, command);
}

void ConsoleWidget::onReply(const QString &moduleId, const AtResult &result)
{
    if (moduleId != m_moduleId)
        return;
    const QString command = m_pending.isEmpty() ? SecretMasker::maskLine(result.command) : m_pending.takeFirst();
    updateWaiting();
    appendLine(QStringLiteral("> ") + command, UiColors::trafficText(Traffic::Kind::Command, command, palette()), true);
    if (result.status == AtStatus::Refused) {
        const QString text = tr("%1 was not sent: %2").arg(SecretMasker::maskLine(result.command), result.detail);
        appendLine(text, UiColors::outcomeText(ModuleText::JobOutcome::Failed, palette()), true);
        m_refusal->setText(tr("Refused while an update runs. %1").arg(text));
        m_refusal->show();
        return;
    }
    for (const QString &line : result.lines)
        appendLine(SecretMasker::maskLine(line), UiColors::trafficText(Traffic::Kind::Response, line, palette()));
    const QString final = result.describe();
    appendLine(final, UiColors::trafficText(Traffic::Kind::Final, final, palette()), !result.ok());
}

void ConsoleWidget::appendLine(const QString &text, const QColor &colour, bool bold)
{
    QTextCharFormat format;
    format.setForeground(colour);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void ConsoleWidget::updateWaiting()
{
    m_waiting->setText(tr("Waiting for the reply to %1").arg(m_pending.join(QStringLiteral(", "))));
    m_waiting->setVisible(!m_pending.isEmpty());
}

bool ConsoleWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress && !m_completer->popup()->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up) {
            m_input->setText(m_history.previous(m_input->text()));
            return true;
        }
        if (key == Qt::Key_Down) {
            m_input->setText(m_history.next());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
