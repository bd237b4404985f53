/**
 * Runs in the reading list's page: puts a remote picture into it and answers with the directive of the
 * content-security policy that refused it. Never answers if the picture is let through.
 */
export const remotePictureRefusal = (src: string): Promise<string> =>
  new Promise<string>((done) => {
    document.addEventListener('securitypolicyviolation', (event) => done(event.violatedDirective));
    const img = document.createElement('img');
    img.src = src;
    document.body.append(img);
  });
