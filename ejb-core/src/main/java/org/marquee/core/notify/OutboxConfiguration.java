package org.marquee.core.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;

/** The outbox settings of this server and the mailer and SMS sender it sends through, read once from its environment. */
@ApplicationScoped
public class OutboxConfiguration {

    private static final Logger LOG = Logger.getLogger(OutboxConfiguration.class.getName());

    @Produces
    @Singleton
    OutboxSettings settings() {
        return OutboxSettings.from(System::getenv);
    }

    @Produces
    @Singleton
    MailTransport transport() {
        MailTransport transport = MailTransport.from(System::getenv);
        if (transport.logsOnly()) {
            LOG.warning("No MARQUEE_SMTP_HOST: outgoing email is written to the server log, not sent");
        }
        return transport;
    }

    @Produces
    @Singleton
    SmsSettings smsSettings() {
        SmsSettings sms = SmsSettings.from(System::getenv);
        if (sms.logsOnly()) {
            LOG.warning("No MARQUEE_TWILIO_ACCOUNT_SID: text messages are written to the server log, not sent");
        }
        return sms;
    }

    @Produces
    SmsSender smsSender(SmsSettings sms, TwilioSmsSender twilio) {
        return sms.logsOnly() ? new LogSmsSender() : twilio;
    }

    @Produces
    Mailer mailer(MailTransport transport, SmtpMailer smtp) {
        return transport.logsOnly() ? new LogMailer() : smtp;
    }
}
