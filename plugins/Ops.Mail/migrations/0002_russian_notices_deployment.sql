-- The firm writes to Russian clients: the default notice texts become Russian. A text the firm has changed is kept.
UPDATE mail_policy SET value = 'Пожалуйста, пишите на общий адрес компании'
    WHERE key = 'notice_subject' AND value = 'Please write to our corporate address';
UPDATE mail_policy SET value = 'Благодарим за письмо! Чтобы переписку по вашей компании видела вся команда, которая её ведёт, пожалуйста, направляйте письма на общий адрес {shared}.'
    WHERE key = 'notice' AND value = 'Thank you for your letter. Please send correspondence about your company to {shared} so that it reaches the whole team.';
UPDATE mail_policy SET value = '{name} больше не ведёт дела вашей компании. Пожалуйста, направляйте письма по адресу {contact}.'
    WHERE key = 'leaving_notice' AND value = '{name} no longer handles your company''s affairs. Please write to {contact}.';

-- Which targets run together (standalone: each alone; dovecot+postfix: Sieve copies incoming, Postfix outgoing).
INSERT INTO mail_policy (key, value) VALUES ('deployment', 'standalone');
