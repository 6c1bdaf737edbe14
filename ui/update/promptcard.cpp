#include "promptcard.h"

#include "ui/common/format.h"
#include "ui/common/uicolors.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace std::chrono_literals;

PromptCard::PromptCard(const QString &moduleId, const QString &moduleLabel, const UpdatePrompt &prompt,
                       QWidget *parent)
    : QFrame(parent)
    , m_moduleId(moduleId)
    , m_prompt(prompt)
    , m_countdown(new QLabel(this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_defer(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tint = palette();
    tint.setColor(QPalette::Window, UiColors::outcomeTint(ModuleText::JobOutcome::Cancelled, palette()));
    setPalette(tint);
    setAccessibleName(tr("Agreement request from %1").arg(moduleLabel));

    auto *icon = new QLabel(this);
    const int size = fontMetrics().height() * 2;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(size, size));

    auto *title = new QLabel(tr("<b>%1</b> asks:").arg(moduleLabel.toHtmlEscaped()), this);
    auto *question = new QLabel(prompt.text, this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);

    if (prompt.canDefer) {
        m_defer->setText(tr("Defer %1 min").arg(prompt.deferMinutes));
        m_defer->setToolTip(tr("The module asks again later"));
    } else {
        m_defer->setText(tr("Not now"));
        m_defer->setToolTip(tr("Let the request lapse; the update does not start"));
    }
    m_accept->setIcon(style()->standardIcon(QStyle::SP_DialogYesButton));
    m_accept->setDefault(true);
    connect(m_accept, &QPushButton::clicked, this, [this] { answer(PromptAnswer::Accept); });
    connect(m_defer, &QPushButton::clicked, this,
            [this] { answer(m_prompt.canDefer ? PromptAnswer::Defer : PromptAnswer::Lapse); });

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(question);
    text->addWidget(m_countdown);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_defer);

    // Four times a second, so the seconds never appear to skip.
    m_tick.setInterval(250ms);
    connect(&m_tick, &QTimer::timeout, this, &PromptCard::tick);
    if (prompt.deadlineMsecs > 0)
        m_tick.start();
    tick();
}

qint64 PromptCard::remainingMs() const
{
    if (m_prompt.deadlineMsecs <= 0)
        return -1;
    return qMax<qint64>(0, m_prompt.deadlineMsecs - QDateTime::currentMSecsSinceEpoch());
}

void PromptCard::tick()
{
    const qint64 left = remainingMs();
    if (left < 0) {
        m_countdown->setText(tr("No deadline"));
    } else if (left == 0) {
        m_countdown->setText(tr("Time is up: the module no longer waits for an answer"));
        m_tick.stop();
        m_accept->setEnabled(false);
        m_defer->setEnabled(false);
    } else {
        // Rounded up: "0:01" until the very end, never "0:00" with time left.
        m_countdown->setText(tr("Answer within %1").arg(Format::duration((left + 999) / 1000 * 1000)));
    }
}

void PromptCard::answer(PromptAnswer answer)
{
    m_accept->setEnabled(false);
    m_defer->setEnabled(false);
    m_tick.stop();
    m_countdown->setText(tr("Answer sent; waiting for the module\u2026"));
    emit answered(m_moduleId, m_prompt.id, answer, m_prompt.canDefer ? m_prompt.deferMinutes : 0);
}
